import _socket, socket
print(_socket.AF_INET, _socket.AF_INET6, _socket.AF_UNIX, _socket.SOCK_STREAM, _socket.SOCK_DGRAM)
print(socket.AF_INET, repr(socket.SOCK_STREAM), socket.SOL_SOCKET, socket.SO_REUSEADDR)
print(_socket.htons(1), _socket.ntohs(256), _socket.htonl(1), _socket.ntohl(16777216))
print(_socket.inet_aton("127.0.0.1"), _socket.inet_aton("1.2.3"), _socket.inet_ntoa(b"\x0a\x00\x00\x01"))
print(_socket.inet_pton(_socket.AF_INET, "192.168.1.2"), _socket.inet_ntop(_socket.AF_INET, b"\xc0\xa8\x01\x02"))
for text in ["::1", "fe80::1:2", "2001:db8:0:0:1:0:0:1", "::ffff:1.2.3.4", "::"]:
    packed = _socket.inet_pton(_socket.AF_INET6, text)
    print(len(packed), _socket.inet_ntop(_socket.AF_INET6, packed))
for call in [lambda: _socket.inet_aton("x"), lambda: _socket.inet_pton(_socket.AF_INET, "1.2.3"), lambda: _socket.htons(70000), lambda: _socket.inet_ntop(_socket.AF_INET, b"12")]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(_socket.getdefaulttimeout())
_socket.setdefaulttimeout(2)
print(_socket.getdefaulttimeout())
_socket.setdefaulttimeout(None)
print(_socket.error is OSError, _socket.timeout is TimeoutError, _socket.herror.__module__, issubclass(_socket.gaierror, OSError))
print(_socket.SocketType is _socket.socket, _socket.socket.__module__, _socket.has_ipv6)
