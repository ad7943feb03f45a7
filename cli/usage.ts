/** The texts of `pystm --help` and `pystm --version`. */

export const VERSION = 'pystm 0.1.0 (Python 3.11)\n';
export const VERSION_LONG =
  'pystm 0.1.0 (Python 3.11 language; Node.js ' + process.versions.node + ', V8 ' + process.versions.v8 + ')\n';

export const USAGE_LINE = 'usage: pystm [option] ... [-c cmd | -m mod | file | -] [arg] ...';

export const HELP = `${USAGE_LINE}
Runs a Python 3.11 program; its threads run in parallel (no global interpreter lock).

Options (as python3's):
-c cmd : program passed in as string (terminates option list)
-m mod : run library module as a script (terminates option list)
-h     : print this help message and exit (also -? or --help)
-V     : print the version number and exit (also --version); -VV for more
-O     : remove assert and __debug__-dependent statements (accepted; no effect yet)
-B -d -E -I -P -q -s -S -u -v -b, -W arg, -X opt
       : accepted for compatibility with python3; no effect yet
file   : program read from script file
-      : program read from stdin (the default when stdin is not a terminal;
         there is no interactive prompt)
arg ...: arguments passed to program in sys.argv[1:]

pystm's own options (before the program):
--dump-ast            : print the program's AST as ast.dump() does, and exit
--include-attributes  : with --dump-ast, include positions (include_attributes=True)
--dis                 : print the disassembly of every code object of the program, and exit
--heap-size SIZE      : size of the shared heap, e.g. 512m or 4g (default 4g; at most 4g);
                        memory is committed only as it is used
--workers N           : worker threads that run Python threads in parallel (default: 1, every thread on
                        one worker, GIL-like; PYSTM_PARALLEL=1: one per core)
--stats               : at exit, print each thread's transactions (commits, aborts, time lost) to stderr
--profile[=FILE]      : run, then print the conflict profiler's report to stderr: where transactions abort
                        and threads wait (both sides' lines, the objects), time lost, hints; =FILE also
                        writes the report (in --profile-format) to FILE
--profile-format F    : text (default), json, chrome (Perfetto / chrome://tracing) or speedscope; the
                        last three go to pystm-profile.F.json when no FILE is given
--profile-top N       : contended objects listed (default 10)
--schedule-seed N     : switch between threads at pseudo-random points chosen by seed N, so that an
                        interleaving can be reproduced (testing; slower; one worker)

Environment variables:
PYTHONPATH   : ':'-separated list of directories searched for modules
PYSTM_HEAP_SIZE : the heap size when --heap-size is not given
PYSTM_HEAP_CHECK: when set, check every heap object's layout at exit (debugging)
PYSTM_DEBUG  : on an internal error, print the JavaScript stack
PYSTM_PARALLEL : 1 runs threads in parallel on one worker per core (when --workers is not given);
               0 keeps every thread on one worker even with --workers N
PYSTM_STM    : 1 runs every region as a transaction from the start (measures the STM's cost)
`;
