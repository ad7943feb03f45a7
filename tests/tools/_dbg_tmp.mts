Error.stackTraceLimit = 100;
import { parse } from '../../vm/syntax/parse.js';
try { parse(process.argv[2]!.replace(/\\n/g, '\n'), '<s>'); console.log('ok'); } catch (e: any) { console.log(e.msg, e.lineno, e.offset); console.log(e.stack.split('\n').slice(0, 30).join('\n')); }
