import errno
import os

for name in ['ENOENT', 'EEXIST', 'EACCES', 'EISDIR', 'ENOTDIR', 'EINVAL', 'ENOTEMPTY', 'EPERM', 'EAGAIN', 'EBADF', 'EPIPE']:
    code = getattr(errno, name)
    print(name, code, errno.errorcode[code], os.strerror(code))
print(errno.EWOULDBLOCK == errno.EAGAIN)
print(os.strerror(0))
print(os.strerror(12345))
