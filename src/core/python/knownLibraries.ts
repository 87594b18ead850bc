// Libraries whose objects we can recognise by where they come from. A value built by
// the standard library, by a builtin, or by a well-known non-web library is not a Django
// queryset or a Celery task, so `Path(p).exists()` or `df.aggregate(...)` must not
// show the ORM's hover. Unknown packages (the user's own) tell us nothing.
/**
 * Top-level standard-library modules (CPython 3.11 sys.stdlib_module_names, public ones).
 * `typing` is left out on purpose: `cast(QuerySet, x)` and annotations are not values of typing.
 */
const STDLIB = new Set(`abc aifc argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii
bisect builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys
compileall concurrent configparser contextlib contextvars copy copyreg crypt csv ctypes curses dataclasses
datetime dbm decimal difflib dis distutils doctest email encodings ensurepip enum errno faulthandler fcntl
filecmp fileinput fnmatch fractions ftplib functools gc genericpath getopt getpass gettext glob graphlib grp
gzip hashlib heapq hmac html http idlelib imaplib imghdr imp importlib inspect io ipaddress itertools json
keyword lib2to3 linecache locale logging lzma mailbox mailcap marshal math mimetypes mmap modulefinder
msilib msvcrt multiprocessing netrc nis nntplib nt ntpath nturl2path numbers opcode operator optparse os
ossaudiodev pathlib pdb pickle pickletools pipes pkgutil platform plistlib poplib posix posixpath pprint
profile pstats pty pwd py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random re readline reprlib
resource rlcompleter runpy sched secrets select selectors shelve shlex shutil signal site smtpd smtplib
sndhdr socket socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string
stringprep struct subprocess sunau symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile termios
textwrap threading time timeit tkinter token tokenize tomllib trace traceback tracemalloc tty turtle
types unicodedata unittest urllib uu uuid venv warnings wave weakref webbrowser winreg winsound wsgiref
xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo`.split(/\s+/));

/** Widely used non-web libraries with method names that clash with framework members. */
const OTHER_LIBRARIES = new Set([
  'pandas', 'numpy', 'polars', 'pyspark', 'requests', 'httpx', 'aiohttp', 'urllib3', 'boto3', 'botocore',
  'redis', 'elasticsearch', 'elasticsearch_dsl', 'pymongo', 'motor', 'torch', 'tensorflow', 'sklearn', 'scipy', 'PIL',
]);

/** The web frameworks of the glossary: their objects are known too (a SQLAlchemy Session is no queryset). */
const FRAMEWORKS = new Set([
  'django', 'asgiref', 'rest_framework', 'fastapi', 'starlette', 'pydantic', 'pydantic_settings', 'flask', 'werkzeug',
  'sqlalchemy', 'celery', 'kombu',
]);

/**
 * Builtins whose result is always a builtin type (str, int, dict, list, iterators...).
 * Not getattr, next, max, min, super, type: they return whatever they are given.
 */
export const TYPED_BUILTINS = new Set(`abs ascii bin bool bytearray bytes chr complex dict dir divmod enumerate
filter float format frozenset globals hash hex id input int len list locals map memoryview oct open ord range
repr reversed round set slice sorted str tuple vars zip`.split(/\s+/));

/** True when objects from `module` are known not to be anything but that library's own. */
export function isKnownLibrary(module: string): boolean {
  const dot = module.indexOf('.');
  const root = dot < 0 ? module : module.slice(0, dot);
  return STDLIB.has(root) || OTHER_LIBRARIES.has(root) || FRAMEWORKS.has(root);
}

/** The pseudo-module of builtin values (`{}`, `dict(...)`, `**kwargs`). */
export const BUILTINS_MODULE = 'builtins';
