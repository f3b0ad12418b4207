// _socket: the socket module's C half (CPython's Modules/socketmodule.c) as far as Coil can
// give it: Deno offers no synchronous sockets or name resolution, so socket objects cannot be
// created (`_socket.socket()` raises OSError(ENOSYS)) and the resolver functions raise it too.
// The constants (Linux x86-64 values), the exception types, byte-order and address-text
// conversions and the default timeout are CPython's, so socket.py, selectors and asyncio import.
import { granted } from "../runtime/permissions.ts";
import {
  None,
  PyDict,
  PyFloat,
  PyObject,
  type PyType,
  type PyValue,
  typeType,
} from "../objects/object.ts";
import * as abs from "../objects/abstract.ts";
import {
  bindArgs,
  checkArgs,
  defineGetter,
  defineMethods,
  defineNew,
  type NativeFn,
  PyBuiltinFunction,
} from "../objects/builtin_function.ts";
import {
  osError,
  pyError,
  PyExc_OSError,
  PyExc_OverflowError,
  PyExc_TimeoutError,
  PyExc_ValueError,
} from "../objects/exceptions.ts";
import { PyBytes } from "../objects/bytes.ts";
import { makeTuple } from "../objects/tuple.ts";
import { objectType, PyType as PyTypeClass } from "../objects/object.ts";
import { PyModule } from "../runtime/module_object.ts";
import * as ops from "../runtime/ops.ts";

const CONSTANTS: Record<string, number> = {
  AF_ALG: 38,
  AF_APPLETALK: 5,
  AF_ASH: 18,
  AF_ATMPVC: 8,
  AF_ATMSVC: 20,
  AF_AX25: 3,
  AF_BRIDGE: 7,
  AF_CAN: 29,
  AF_DECnet: 12,
  AF_ECONET: 19,
  AF_INET: 2,
  AF_INET6: 10,
  AF_IPX: 4,
  AF_IRDA: 23,
  AF_KEY: 15,
  AF_LLC: 26,
  AF_NETBEUI: 13,
  AF_NETLINK: 16,
  AF_NETROM: 6,
  AF_PACKET: 17,
  AF_PPPOX: 24,
  AF_QIPCRTR: 42,
  AF_RDS: 21,
  AF_ROSE: 11,
  AF_ROUTE: 16,
  AF_SECURITY: 14,
  AF_SNA: 22,
  AF_TIPC: 30,
  AF_UNIX: 1,
  AF_UNSPEC: 0,
  AF_VSOCK: 40,
  AF_WANPIPE: 25,
  AF_X25: 9,
  AI_ADDRCONFIG: 32,
  AI_ALL: 16,
  AI_CANONNAME: 2,
  AI_NUMERICHOST: 4,
  AI_NUMERICSERV: 1024,
  AI_PASSIVE: 1,
  AI_V4MAPPED: 8,
  ALG_OP_DECRYPT: 0,
  ALG_OP_ENCRYPT: 1,
  ALG_OP_SIGN: 2,
  ALG_OP_VERIFY: 3,
  ALG_SET_AEAD_ASSOCLEN: 4,
  ALG_SET_AEAD_AUTHSIZE: 5,
  ALG_SET_IV: 2,
  ALG_SET_KEY: 1,
  ALG_SET_OP: 3,
  ALG_SET_PUBKEY: 6,
  CAN_BCM: 2,
  CAN_BCM_CAN_FD_FRAME: 2048,
  CAN_BCM_RX_ANNOUNCE_RESUME: 256,
  CAN_BCM_RX_CHANGED: 12,
  CAN_BCM_RX_CHECK_DLC: 64,
  CAN_BCM_RX_DELETE: 6,
  CAN_BCM_RX_FILTER_ID: 32,
  CAN_BCM_RX_NO_AUTOTIMER: 128,
  CAN_BCM_RX_READ: 7,
  CAN_BCM_RX_RTR_FRAME: 1024,
  CAN_BCM_RX_SETUP: 5,
  CAN_BCM_RX_STATUS: 10,
  CAN_BCM_RX_TIMEOUT: 11,
  CAN_BCM_SETTIMER: 1,
  CAN_BCM_STARTTIMER: 2,
  CAN_BCM_TX_ANNOUNCE: 8,
  CAN_BCM_TX_COUNTEVT: 4,
  CAN_BCM_TX_CP_CAN_ID: 16,
  CAN_BCM_TX_DELETE: 2,
  CAN_BCM_TX_EXPIRED: 9,
  CAN_BCM_TX_READ: 3,
  CAN_BCM_TX_RESET_MULTI_IDX: 512,
  CAN_BCM_TX_SEND: 4,
  CAN_BCM_TX_SETUP: 1,
  CAN_BCM_TX_STATUS: 8,
  CAN_EFF_FLAG: 2147483648,
  CAN_EFF_MASK: 536870911,
  CAN_ERR_FLAG: 536870912,
  CAN_ERR_MASK: 536870911,
  CAN_ISOTP: 6,
  CAN_J1939: 7,
  CAN_RAW: 1,
  CAN_RAW_FD_FRAMES: 5,
  CAN_RAW_FILTER: 1,
  CAN_RAW_JOIN_FILTERS: 6,
  CAN_RAW_LOOPBACK: 3,
  CAN_RAW_RECV_OWN_MSGS: 4,
  CAN_RTR_FLAG: 1073741824,
  CAN_SFF_MASK: 2047,
  EAI_ADDRFAMILY: -9,
  EAI_AGAIN: -3,
  EAI_BADFLAGS: -1,
  EAI_FAIL: -4,
  EAI_FAMILY: -6,
  EAI_MEMORY: -10,
  EAI_NODATA: -5,
  EAI_NONAME: -2,
  EAI_OVERFLOW: -12,
  EAI_SERVICE: -8,
  EAI_SOCKTYPE: -7,
  EAI_SYSTEM: -11,
  INADDR_ALLHOSTS_GROUP: 3758096385,
  INADDR_ANY: 0,
  INADDR_BROADCAST: 4294967295,
  INADDR_LOOPBACK: 2130706433,
  INADDR_MAX_LOCAL_GROUP: 3758096639,
  INADDR_NONE: 4294967295,
  INADDR_UNSPEC_GROUP: 3758096384,
  IOCTL_VM_SOCKETS_GET_LOCAL_CID: 1977,
  IPPORT_RESERVED: 1024,
  IPPORT_USERRESERVED: 5000,
  IPPROTO_AH: 51,
  IPPROTO_DSTOPTS: 60,
  IPPROTO_EGP: 8,
  IPPROTO_ESP: 50,
  IPPROTO_FRAGMENT: 44,
  IPPROTO_GRE: 47,
  IPPROTO_HOPOPTS: 0,
  IPPROTO_ICMP: 1,
  IPPROTO_ICMPV6: 58,
  IPPROTO_IDP: 22,
  IPPROTO_IGMP: 2,
  IPPROTO_IP: 0,
  IPPROTO_IPIP: 4,
  IPPROTO_IPV6: 41,
  IPPROTO_MPTCP: 262,
  IPPROTO_NONE: 59,
  IPPROTO_PIM: 103,
  IPPROTO_PUP: 12,
  IPPROTO_RAW: 255,
  IPPROTO_ROUTING: 43,
  IPPROTO_RSVP: 46,
  IPPROTO_SCTP: 132,
  IPPROTO_TCP: 6,
  IPPROTO_TP: 29,
  IPPROTO_UDP: 17,
  IPPROTO_UDPLITE: 136,
  IPV6_CHECKSUM: 7,
  IPV6_DONTFRAG: 62,
  IPV6_DSTOPTS: 59,
  IPV6_HOPLIMIT: 52,
  IPV6_HOPOPTS: 54,
  IPV6_JOIN_GROUP: 20,
  IPV6_LEAVE_GROUP: 21,
  IPV6_MULTICAST_HOPS: 18,
  IPV6_MULTICAST_IF: 17,
  IPV6_MULTICAST_LOOP: 19,
  IPV6_NEXTHOP: 9,
  IPV6_PATHMTU: 61,
  IPV6_PKTINFO: 50,
  IPV6_RECVDSTOPTS: 58,
  IPV6_RECVHOPLIMIT: 51,
  IPV6_RECVHOPOPTS: 53,
  IPV6_RECVPATHMTU: 60,
  IPV6_RECVPKTINFO: 49,
  IPV6_RECVRTHDR: 56,
  IPV6_RECVTCLASS: 66,
  IPV6_RTHDR: 57,
  IPV6_RTHDRDSTOPTS: 55,
  IPV6_RTHDR_TYPE_0: 0,
  IPV6_TCLASS: 67,
  IPV6_UNICAST_HOPS: 16,
  IPV6_V6ONLY: 26,
  IP_ADD_MEMBERSHIP: 35,
  IP_BIND_ADDRESS_NO_PORT: 24,
  IP_DEFAULT_MULTICAST_LOOP: 1,
  IP_DEFAULT_MULTICAST_TTL: 1,
  IP_DROP_MEMBERSHIP: 36,
  IP_HDRINCL: 3,
  IP_MAX_MEMBERSHIPS: 20,
  IP_MULTICAST_IF: 32,
  IP_MULTICAST_LOOP: 34,
  IP_MULTICAST_TTL: 33,
  IP_OPTIONS: 4,
  IP_RECVOPTS: 6,
  IP_RECVRETOPTS: 7,
  IP_RECVTOS: 13,
  IP_RETOPTS: 7,
  IP_TOS: 1,
  IP_TRANSPARENT: 19,
  IP_TTL: 2,
  J1939_EE_INFO_NONE: 0,
  J1939_EE_INFO_TX_ABORT: 1,
  J1939_FILTER_MAX: 512,
  J1939_IDLE_ADDR: 254,
  J1939_MAX_UNICAST_ADDR: 253,
  J1939_NLA_BYTES_ACKED: 1,
  J1939_NLA_PAD: 0,
  J1939_NO_ADDR: 255,
  J1939_NO_NAME: 0,
  J1939_NO_PGN: 262144,
  J1939_PGN_ADDRESS_CLAIMED: 60928,
  J1939_PGN_ADDRESS_COMMANDED: 65240,
  J1939_PGN_MAX: 262143,
  J1939_PGN_PDU1_MAX: 261888,
  J1939_PGN_REQUEST: 59904,
  MSG_CMSG_CLOEXEC: 1073741824,
  MSG_CONFIRM: 2048,
  MSG_CTRUNC: 8,
  MSG_DONTROUTE: 4,
  MSG_DONTWAIT: 64,
  MSG_EOR: 128,
  MSG_ERRQUEUE: 8192,
  MSG_FASTOPEN: 536870912,
  MSG_MORE: 32768,
  MSG_NOSIGNAL: 16384,
  MSG_OOB: 1,
  MSG_PEEK: 2,
  MSG_TRUNC: 32,
  MSG_WAITALL: 256,
  NETLINK_CRYPTO: 21,
  NETLINK_DNRTMSG: 14,
  NETLINK_FIREWALL: 3,
  NETLINK_IP6_FW: 13,
  NETLINK_NFLOG: 5,
  NETLINK_ROUTE: 0,
  NETLINK_USERSOCK: 2,
  NETLINK_XFRM: 6,
  NI_DGRAM: 16,
  NI_MAXHOST: 1025,
  NI_MAXSERV: 32,
  NI_NAMEREQD: 8,
  NI_NOFQDN: 4,
  NI_NUMERICHOST: 1,
  NI_NUMERICSERV: 2,
  PACKET_BROADCAST: 1,
  PACKET_FASTROUTE: 6,
  PACKET_HOST: 0,
  PACKET_LOOPBACK: 5,
  PACKET_MULTICAST: 2,
  PACKET_OTHERHOST: 3,
  PACKET_OUTGOING: 4,
  PF_CAN: 29,
  PF_PACKET: 17,
  PF_RDS: 21,
  SCM_CREDENTIALS: 2,
  SCM_J1939_DEST_ADDR: 1,
  SCM_J1939_DEST_NAME: 2,
  SCM_J1939_ERRQUEUE: 4,
  SCM_J1939_PRIO: 3,
  SCM_RIGHTS: 1,
  SHUT_RD: 0,
  SHUT_RDWR: 2,
  SHUT_WR: 1,
  SOCK_CLOEXEC: 524288,
  SOCK_DGRAM: 2,
  SOCK_NONBLOCK: 2048,
  SOCK_RAW: 3,
  SOCK_RDM: 4,
  SOCK_SEQPACKET: 5,
  SOCK_STREAM: 1,
  SOL_ALG: 279,
  SOL_CAN_BASE: 100,
  SOL_CAN_RAW: 101,
  SOL_IP: 0,
  SOL_RDS: 276,
  SOL_SOCKET: 1,
  SOL_TCP: 6,
  SOL_TIPC: 271,
  SOL_UDP: 17,
  SOMAXCONN: 4096,
  SO_ACCEPTCONN: 30,
  SO_BINDTODEVICE: 25,
  SO_BROADCAST: 6,
  SO_DEBUG: 1,
  SO_DOMAIN: 39,
  SO_DONTROUTE: 5,
  SO_ERROR: 4,
  SO_INCOMING_CPU: 49,
  SO_J1939_ERRQUEUE: 4,
  SO_J1939_FILTER: 1,
  SO_J1939_PROMISC: 2,
  SO_J1939_SEND_PRIO: 3,
  SO_KEEPALIVE: 9,
  SO_LINGER: 13,
  SO_MARK: 36,
  SO_OOBINLINE: 10,
  SO_PASSCRED: 16,
  SO_PASSSEC: 34,
  SO_PEERCRED: 17,
  SO_PEERSEC: 31,
  SO_PRIORITY: 12,
  SO_PROTOCOL: 38,
  SO_RCVBUF: 8,
  SO_RCVLOWAT: 18,
  SO_RCVTIMEO: 20,
  SO_REUSEADDR: 2,
  SO_REUSEPORT: 15,
  SO_SNDBUF: 7,
  SO_SNDLOWAT: 19,
  SO_SNDTIMEO: 21,
  SO_TYPE: 3,
  SO_VM_SOCKETS_BUFFER_MAX_SIZE: 2,
  SO_VM_SOCKETS_BUFFER_MIN_SIZE: 1,
  SO_VM_SOCKETS_BUFFER_SIZE: 0,
  TCP_CONGESTION: 13,
  TCP_CORK: 3,
  TCP_DEFER_ACCEPT: 9,
  TCP_FASTOPEN: 23,
  TCP_INFO: 11,
  TCP_KEEPCNT: 6,
  TCP_KEEPIDLE: 4,
  TCP_KEEPINTVL: 5,
  TCP_LINGER2: 8,
  TCP_MAXSEG: 2,
  TCP_NODELAY: 1,
  TCP_NOTSENT_LOWAT: 25,
  TCP_QUICKACK: 12,
  TCP_SYNCNT: 7,
  TCP_USER_TIMEOUT: 18,
  TCP_WINDOW_CLAMP: 10,
  TIPC_ADDR_ID: 3,
  TIPC_ADDR_NAME: 2,
  TIPC_ADDR_NAMESEQ: 1,
  TIPC_CFG_SRV: 0,
  TIPC_CLUSTER_SCOPE: 2,
  TIPC_CONN_TIMEOUT: 130,
  TIPC_CRITICAL_IMPORTANCE: 3,
  TIPC_DEST_DROPPABLE: 129,
  TIPC_HIGH_IMPORTANCE: 2,
  TIPC_IMPORTANCE: 127,
  TIPC_LOW_IMPORTANCE: 0,
  TIPC_MEDIUM_IMPORTANCE: 1,
  TIPC_NODE_SCOPE: 3,
  TIPC_PUBLISHED: 1,
  TIPC_SRC_DROPPABLE: 128,
  TIPC_SUBSCR_TIMEOUT: 3,
  TIPC_SUB_CANCEL: 4,
  TIPC_SUB_PORTS: 1,
  TIPC_SUB_SERVICE: 2,
  TIPC_TOP_SRV: 1,
  TIPC_WAIT_FOREVER: -1,
  TIPC_WITHDRAWN: 2,
  TIPC_ZONE_SCOPE: 1,
  UDPLITE_RECV_CSCOV: 11,
  UDPLITE_SEND_CSCOV: 10,
  VMADDR_CID_ANY: 4294967295,
  VMADDR_CID_HOST: 2,
  VMADDR_PORT_ANY: 4294967295,
  VM_SOCKETS_INVALID_VERSION: 4294967295,
};

function notImplemented(): never {
  throw osError(PyExc_OSError, 38, "Function not implemented");
}

// ---- socket (no instance can be made) ----------------------------------------------------------

export const socketType: PyType = new PyTypeClass(typeType, "_socket.socket", [objectType]);
socketType.qualname = "socket";
socketType.dict.setStr("__module__", "_socket");
socketType.dict.setStr(
  "__doc__",
  "socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object\n" +
    "socket(family=-1, type=-1, proto=-1, fileno=None) -> socket object\n\n" +
    "Open a socket of the given type.",
);
socketType.allocate = (cls) => new PyObject(cls);
defineNew(socketType, (cls) => new PyObject(cls));
const socketMethods: Record<string, NativeFn> = {
  __init__: () => notImplemented(),
};
for (
  const name of [
    "_accept",
    "bind",
    "close",
    "connect",
    "connect_ex",
    "detach",
    "fileno",
    "getblocking",
    "getpeername",
    "getsockname",
    "getsockopt",
    "gettimeout",
    "listen",
    "recv",
    "recv_into",
    "recvfrom",
    "recvfrom_into",
    "recvmsg",
    "recvmsg_into",
    "send",
    "sendall",
    "sendmsg",
    "sendto",
    "setblocking",
    "setsockopt",
    "settimeout",
    "shutdown",
  ]
) socketMethods[name] = () => notImplemented();
defineMethods(socketType, socketMethods);
for (const name of ["family", "type", "proto", "timeout"]) {
  defineGetter(socketType, name, () => notImplemented());
}

// ---- Conversions ---------------------------------------------------------------------------------

function unsigned(name: string, v: PyValue, bits: 16 | 32): number {
  const n = abs.asIndex(v);
  if (n < 0) {
    throw pyError(
      PyExc_OverflowError,
      `${name}: can't convert negative Python int to C ${bits}-bit unsigned integer`,
    );
  }
  if (n >= 2 ** bits) {
    throw pyError(
      PyExc_OverflowError,
      `${name}: Python int too large to convert to C ${bits}-bit unsigned integer`,
    );
  }
  return Number(n);
}

const swap16 = (n: number) => ((n & 0xff) << 8) | (n >> 8);
const swap32 = (n: number) =>
  (((n & 0xff) << 24) >>> 0) + ((n & 0xff00) << 8) + ((n >>> 8) & 0xff00) + (n >>> 24);

/** glibc's inet_aton: a.b.c.d, a.b.c (c 16 bits), a.b (b 24 bits), a (32 bits); decimal, 0x, 0. */
function parseInetAton(s: string): Uint8Array | null {
  const parts = s.split(".");
  if (parts.length > 4) return null;
  const nums: number[] = [];
  for (const p of parts) {
    let n: number;
    if (/^0[xX][0-9a-fA-F]*$/.test(p)) n = p.length === 2 ? 0 : parseInt(p.slice(2), 16);
    else if (/^0[0-7]*$/.test(p)) n = parseInt(p, 8);
    else if (/^[1-9][0-9]*$/.test(p)) n = parseInt(p, 10);
    else return null;
    nums.push(n);
  }
  const last = nums.pop()!;
  for (const n of nums) if (n > 255) return null;
  if (last >= 2 ** (8 * (4 - nums.length))) return null;
  const out = new Uint8Array(4);
  nums.forEach((n, i) => (out[i] = n));
  for (let i = 3, v = last; i >= nums.length; i--, v = Math.floor(v / 256)) out[i] = v % 256;
  return out;
}

function parseIPv4Strict(s: string): Uint8Array | null {
  const parts = s.split(".");
  if (parts.length !== 4) return null;
  const out = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(parts[i]) || Number(parts[i]) > 255) return null;
    out[i] = Number(parts[i]);
  }
  return out;
}

function parseIPv6(s: string): Uint8Array | null {
  let head = s, tail = "";
  const dbl = s.indexOf("::");
  if (dbl >= 0) {
    head = s.slice(0, dbl);
    tail = s.slice(dbl + 2);
    if (tail.includes("::")) return null;
  }
  const words = (part: string): number[] | null => {
    if (part === "") return [];
    const out: number[] = [];
    const groups = part.split(":");
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i];
      if (i === groups.length - 1 && g.includes(".")) {
        const v4 = parseIPv4Strict(g);
        if (v4 === null) return null;
        out.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(g)) out.push(parseInt(g, 16));
      else return null;
    }
    return out;
  };
  const h = words(head), t = words(tail);
  if (h === null || t === null) return null;
  const fill = 8 - h.length - t.length;
  if (dbl >= 0 ? fill < 1 : fill !== 0) return null;
  const all = [...h, ...new Array(fill).fill(0), ...t];
  const out = new Uint8Array(16);
  all.forEach((w, i) => {
    out[2 * i] = w >> 8;
    out[2 * i + 1] = w & 0xff;
  });
  return out;
}

function formatIPv6(b: Uint8Array): string {
  const w: number[] = [];
  for (let i = 0; i < 8; i++) w.push((b[2 * i] << 8) | b[2 * i + 1]);
  // IPv4-mapped and IPv4-compatible addresses end in dotted form, as glibc writes them.
  const dotted = `${b[12]}.${b[13]}.${b[14]}.${b[15]}`;
  if (w.slice(0, 5).every((x) => x === 0) && w[5] === 0xffff) return `::ffff:${dotted}`;
  if (w.slice(0, 6).every((x) => x === 0) && w[6] !== 0) return `::${dotted}`;
  // The longest run (at least 2) of zero words becomes "::" (RFC 5952, as glibc).
  let best = -1, bestLen = 1;
  for (let i = 0; i < 8;) {
    if (w[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && w[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = (ws: number[]) => ws.map((x) => x.toString(16)).join(":");
  if (best < 0) return hex(w);
  return `${hex(w.slice(0, best))}::${hex(w.slice(best + bestLen))}`;
}

function bytesOf(v: PyValue, fname: string): Uint8Array {
  if (v instanceof PyBytes) return v.bytes;
  throw ops.typeError(`${fname}() argument 1 must be bytes-like object, not '${abs.typeName(v)}'`);
}

function fn(name: string, f: NativeFn): PyBuiltinFunction {
  return new PyBuiltinFunction(name, f, undefined, name, "_socket");
}

function newSocketError(name: string): PyType {
  const ns = new PyDict();
  ns.setStr("__module__", "socket");
  return abs.call(typeType, [name, makeTuple([PyExc_OSError]), ns], null) as PyType;
}

export function createModule(): PyModule {
  const m = new PyModule("_socket");
  const d = m.dict;
  const state = { defaultTimeout: None as PyValue };
  d.setStr(
    "__doc__",
    "Implementation module for socket operations.\n\nSee the socket module for documentation.",
  );
  for (const name in CONSTANTS) d.setStr(name, CONSTANTS[name]);
  d.setStr("socket", socketType);
  d.setStr("SocketType", socketType);
  d.setStr("error", PyExc_OSError);
  d.setStr("herror", newSocketError("herror"));
  d.setStr("gaierror", newSocketError("gaierror"));
  d.setStr("timeout", PyExc_TimeoutError);
  d.setStr("has_ipv6", true);
  const conv = (name: string, bits: 16 | 32) =>
    fn(name, (args, kw) => {
      checkArgs(name, args, kw, 1, 1);
      const n = unsigned(name, args[0], bits);
      return bits === 16 ? swap16(n) : swap32(n);
    });
  d.setStr("htons", conv("htons", 16));
  d.setStr("ntohs", conv("ntohs", 16));
  d.setStr("htonl", conv("htonl", 32));
  d.setStr("ntohl", conv("ntohl", 32));
  d.setStr(
    "inet_aton",
    fn("inet_aton", (args, kw) => {
      checkArgs("inet_aton", args, kw, 1, 1);
      const s = args[0];
      if (typeof s !== "string") {
        throw ops.typeError(`inet_aton() argument 1 must be str, not ${abs.typeName(s)}`);
      }
      const b = parseInetAton(s);
      if (b === null) {
        throw pyError(PyExc_OSError, "illegal IP address string passed to inet_aton");
      }
      return new PyBytes(b);
    }),
  );
  d.setStr(
    "inet_ntoa",
    fn("inet_ntoa", (args, kw) => {
      checkArgs("inet_ntoa", args, kw, 1, 1);
      const b = bytesOf(args[0], "inet_ntoa");
      if (b.length !== 4) throw pyError(PyExc_OSError, "packed IP wrong length for inet_ntoa");
      return [...b].join(".");
    }),
  );
  d.setStr(
    "inet_pton",
    fn("inet_pton", (args, kw) => {
      checkArgs("inet_pton", args, kw, 2, 2);
      const family = abs.asSize(args[0]);
      const s = args[1];
      if (typeof s !== "string") {
        throw ops.typeError(`inet_pton() argument 2 must be str, not ${abs.typeName(s)}`);
      }
      if (family !== CONSTANTS.AF_INET && family !== CONSTANTS.AF_INET6) {
        throw osError(PyExc_OSError, 97, "Address family not supported by protocol");
      }
      const b = family === CONSTANTS.AF_INET ? parseIPv4Strict(s) : parseIPv6(s);
      if (b === null) throw pyError(PyExc_OSError, "illegal IP address string passed to inet_pton");
      return new PyBytes(b);
    }),
  );
  d.setStr(
    "inet_ntop",
    fn("inet_ntop", (args, kw) => {
      checkArgs("inet_ntop", args, kw, 2, 2);
      const family = abs.asSize(args[0]);
      const b = bytesOf(args[1], "inet_ntop");
      if (family === CONSTANTS.AF_INET) {
        if (b.length !== 4) {
          throw pyError(PyExc_ValueError, "invalid length of packed IP address string");
        }
        return [...b].join(".");
      }
      if (family === CONSTANTS.AF_INET6) {
        if (b.length !== 16) {
          throw pyError(PyExc_ValueError, "invalid length of packed IP address string");
        }
        return formatIPv6(b);
      }
      throw pyError(PyExc_ValueError, `unknown address family ${family}`);
    }),
  );
  d.setStr("getdefaulttimeout", fn("getdefaulttimeout", () => state.defaultTimeout));
  d.setStr(
    "setdefaulttimeout",
    fn("setdefaulttimeout", (args, kw) => {
      checkArgs("setdefaulttimeout", args, kw, 1, 1);
      const t = args[0];
      if (t === None) state.defaultTimeout = None;
      else {
        const secs = t instanceof PyFloat ? t.value : Number(abs.asIndex(t));
        if (secs < 0) throw pyError(PyExc_ValueError, "Timeout value out of range");
        state.defaultTimeout = new PyFloat(secs);
      }
      return None;
    }),
  );
  d.setStr(
    "gethostname",
    fn("gethostname", (args, kw) => {
      checkArgs("gethostname", args, kw, 0, 0);
      // Never prompts for --allow-sys: denied, the name is unavailable.
      if (!granted({ name: "sys", kind: "hostname" })) return notImplemented();
      return Deno.hostname();
    }),
  );
  d.setStr(
    "CMSG_LEN",
    fn("CMSG_LEN", (args, kw) => {
      const [n] = bindArgs("CMSG_LEN", args, kw, ["length", "/"], 1);
      return 16 + abs.asSize(n!);
    }),
  );
  d.setStr(
    "CMSG_SPACE",
    fn("CMSG_SPACE", (args, kw) => {
      const [n] = bindArgs("CMSG_SPACE", args, kw, ["length", "/"], 1);
      return 16 + Math.ceil(abs.asSize(n!) / 8) * 8;
    }),
  );
  for (
    const name of [
      "close",
      "dup",
      "getaddrinfo",
      "gethostbyaddr",
      "gethostbyname",
      "gethostbyname_ex",
      "getnameinfo",
      "getprotobyname",
      "getservbyname",
      "getservbyport",
      "if_indextoname",
      "if_nameindex",
      "if_nametoindex",
      "sethostname",
      "socketpair",
    ]
  ) d.setStr(name, fn(name, () => notImplemented()));
  return m;
}
