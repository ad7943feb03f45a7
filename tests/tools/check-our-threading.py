"""Checks pystm's lib/threading.py, lib/queue.py and lib/_threading_local.py
under CPython: runs every tests/conformance/run/thr_*.py (or the NAMEs
given) twice, with CPython's own modules (`python3 NAME.py`) and with ours
(`python3 -S tests/tools/run-with-our-threading.py NAME.py`), and reports
any difference in exit status, stdout or stderr, and any difference from
NAME.expected.

    python3 tests/tools/check-our-threading.py [--regen] [--pystm] [NAME ...]

--pystm also runs each program under pystm from source (`npx tsx
cli/main.ts NAME.py`) and compares that with NAME.expected.

--regen first rewrites NAME.expected from CPython's own run, in the JSON
format of tests/tools/regen-run-expected.ts (stdout, stderr, exit_code,
the folder's path written as <dir>), so that once pystm runs threads these
programs are checked like tests/conformance/run's. Exit status 1 when any
program differs.
"""

import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.normpath(os.path.join(HERE, '..', 'conformance', 'run'))
RUNNER = os.path.join(HERE, 'run-with-our-threading.py')
PYSTM = ['npx', 'tsx', os.path.normpath(os.path.join(HERE, '..', '..', 'cli', 'main.ts'))]


def run(args, name, command=(sys.executable,)):
    env = dict(os.environ, PYTHONHASHSEED='0')
    try:
        r = subprocess.run([*command, *args, name + '.py'], cwd=DIR, env=env,
                           capture_output=True, text=True, timeout=120)
        out, err, code = r.stdout, r.stderr, r.returncode
    except subprocess.TimeoutExpired as e:
        out, err, code = str(e.stdout or ''), 'TIMEOUT', None
    return {'stdout': out.replace(DIR, '<dir>'), 'stderr': err.replace(DIR, '<dir>'),
            'exit_code': code}


def first_difference(got, want):
    for key in ('exit_code', 'stdout', 'stderr'):
        if got[key] == want[key]:
            continue
        if key == 'exit_code':
            return 'exit %s, expected %s' % (got[key], want[key])
        g, w = got[key].split('\n'), want[key].split('\n')
        i = 0
        while i < len(g) and i < len(w) and g[i] == w[i]:
            i += 1
        return '%s line %d: got %r, expected %r' % (
            key, i + 1, g[i] if i < len(g) else '<end>', w[i] if i < len(w) else '<end>')
    return ''


def main(argv):
    regen = '--regen' in argv
    pystm = '--pystm' in argv
    names = [a for a in argv if a not in ('--regen', '--pystm')]
    if not names:
        names = sorted(f[:-3] for f in os.listdir(DIR) if f.startswith('thr_') and f.endswith('.py'))
    version = 'Python %d.%d.%d' % sys.version_info[:3]
    if sys.version_info[:2] != (3, 11):
        sys.exit('python3 is %s; the oracle must be 3.11' % version)
    failures = 0
    for name in names:
        cpython = run([], name)
        expected_path = os.path.join(DIR, name + '.expected')
        if regen:
            data = {'_generated': 'by tests/tools/check-our-threading.py --regen from %s; do not edit' % version}
            data.update(cpython)
            with open(expected_path, 'w', encoding='utf-8') as f:
                f.write(json.dumps(data, indent=1, ensure_ascii=False) + '\n')
        ours = run(['-S', RUNNER], name)
        problems = []
        diff = first_difference(ours, cpython)
        if diff:
            problems.append('vs CPython: ' + diff)
        if os.path.exists(expected_path):
            with open(expected_path, encoding='utf-8') as f:
                want = json.load(f)
            diff = first_difference(ours, want)
            if diff:
                problems.append('vs .expected: ' + diff)
        else:
            problems.append('no .expected')
            want = cpython
        if pystm:
            got = run([], name, PYSTM)
            got['stderr'] = ''.join(line for line in got['stderr'].splitlines(True)
                                    if not line.startswith('npm warn'))
            diff = first_difference(got, want)
            if diff:
                problems.append('pystm vs .expected: ' + diff)
        print('%s %s' % ('FAIL' if problems else 'ok  ', name))
        for p in problems:
            print('     ' + p)
        failures += bool(problems)
    print('%d/%d programs agree' % (len(names) - failures, len(names)))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
