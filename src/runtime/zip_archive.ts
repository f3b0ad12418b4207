// A read-only view of a zip archive held in memory: the central directory is read once, each
// member is inflated on first read. The standard library (CPython's Lib/ as pyodide's
// python_stdlib.zip) reaches Python this way, mounted into the file system
// (src/runtime/file_system.ts) so that the import system, linecache and importlib.resources see
// ordinary read-only files.
import { nodeZlib } from "./node_builtins.ts";

interface Member {
  /** Offset of the member's local header in the archive. */
  offset: number;
  method: number;
  compressedSize: number;
  size: number;
  /** The CRC-32 of the uncompressed contents, from the central directory. */
  crc32: number;
}

/** The archive's tree: files with their members, directories with their entry names. */
export class ZipArchive {
  readonly #bytes: Uint8Array;
  readonly #view: DataView;
  readonly #files = new Map<string, Member>();
  readonly #dirs = new Map<string, Set<string>>([["", new Set()]]);
  readonly #cache = new Map<string, Uint8Array>();

  /** `hidden`: top-level names the archive holds but does not show (not files, not folders). */
  constructor(bytes: Uint8Array, readonly hidden: ReadonlySet<string> = new Set()) {
    this.#bytes = bytes;
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.#readCentralDirectory();
  }

  #readCentralDirectory(): void {
    const view = this.#view;
    // The end-of-central-directory record is in the last 64 KiB + 22 bytes (after a comment).
    let eocd = -1;
    for (let i = this.#bytes.length - 22; i >= Math.max(0, this.#bytes.length - 65557); i--) {
      if (view.getUint32(i, true) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new Error("not a zip archive (no end of central directory)");
    const count = view.getUint16(eocd + 10, true);
    let p = view.getUint32(eocd + 16, true);
    const decoder = new TextDecoder();
    for (let n = 0; n < count; n++) {
      if (view.getUint32(p, true) !== 0x02014b50) throw new Error("corrupt zip central directory");
      const method = view.getUint16(p + 10, true);
      const crc32 = view.getUint32(p + 16, true);
      const compressedSize = view.getUint32(p + 20, true);
      const size = view.getUint32(p + 24, true);
      const nameLength = view.getUint16(p + 28, true);
      const extraLength = view.getUint16(p + 30, true);
      const commentLength = view.getUint16(p + 32, true);
      const offset = view.getUint32(p + 42, true);
      const name = decoder.decode(this.#bytes.subarray(p + 46, p + 46 + nameLength));
      p += 46 + nameLength + extraLength + commentLength;
      if (this.hidden.has(name.split("/")[0])) continue;
      if (name.endsWith("/")) this.#addDir(name.slice(0, -1));
      else {
        this.#files.set(name, { offset, method, compressedSize, size, crc32 });
        const slash = name.lastIndexOf("/");
        this.#addDir(slash < 0 ? "" : name.slice(0, slash));
        this.#dirs.get(slash < 0 ? "" : name.slice(0, slash))!.add(name.slice(slash + 1));
      }
    }
  }

  #addDir(path: string): void {
    if (this.#dirs.has(path)) return;
    this.#dirs.set(path, new Set());
    const slash = path.lastIndexOf("/");
    const parent = slash < 0 ? "" : path.slice(0, slash);
    this.#addDir(parent);
    this.#dirs.get(parent)!.add(path.slice(slash + 1));
  }

  stat(rel: string): { isDirectory: boolean; size: number; crc32: number } | undefined {
    if (this.#dirs.has(rel)) return { isDirectory: true, size: 0, crc32: 0 };
    const m = this.#files.get(rel);
    return m === undefined ? undefined : { isDirectory: false, size: m.size, crc32: m.crc32 };
  }

  list(rel: string): string[] | undefined {
    const d = this.#dirs.get(rel);
    return d === undefined ? undefined : [...d];
  }

  read(rel: string): Uint8Array | undefined {
    const cached = this.#cache.get(rel);
    if (cached !== undefined) return cached;
    const m = this.#files.get(rel);
    if (m === undefined) return undefined;
    const view = this.#view;
    if (view.getUint32(m.offset, true) !== 0x04034b50) throw new Error(`corrupt zip member ${rel}`);
    const start = m.offset + 30 + view.getUint16(m.offset + 26, true) +
      view.getUint16(m.offset + 28, true);
    const raw = this.#bytes.subarray(start, start + m.compressedSize);
    let data: Uint8Array;
    if (m.method === 0) data = raw;
    else if (m.method === 8) data = new Uint8Array(nodeZlib().inflateRawSync(raw));
    else throw new Error(`zip member ${rel}: compression method ${m.method} is not supported`);
    this.#cache.set(rel, data);
    return data;
  }
}
