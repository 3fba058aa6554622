"""Another process's view of a plan's SQLite locks: is the plan held by a process that has it open?

SQLite (WAL mode) keeps a SHARED lock on the plan file and a read lock on the shared-memory index's
"dead man switch" byte for as long as a connection is open. If a process loses them, the next program to
open the plan believes it is alone. Prints "db HELD|FREE shm HELD|FREE". Linux/macOS only (fcntl).
"""
import fcntl
import os
import sys
path = sys.argv[1]
def free(p, start, length):
    fd = os.open(p, os.O_RDWR)
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, length, start)
    except OSError:
        return False
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN, length, start)
        return True
    finally:
        os.close(fd)
db_free = free(path, 0x40000002, 510)
shm_free = free(path + "-shm", 128, 1)
print("db", "FREE" if db_free else "HELD", "shm", "FREE" if shm_free else "HELD")
