/**
 * The native modules, in registration order (this order fixes their native
 * ids: append new modules at the end). See registry.ts for the model.
 */
import type { ModuleSpec } from './registry.js';
import { tracebackModule } from './traceback.js';
import { mathModule } from './math.js';
import { randomModule } from './random.js';
import { structModule } from './struct.js';
import { timeModule } from './time.js';
import { cmathModule } from './cmath.js';
import { RE_MODULE } from './_re.js';
import { ioModule } from './io.js';
import { errnoModule, posixModule } from './os.js';
import { jsonModule } from './json.js';
import { importlibModule } from './importlib.js';
import { hashlibModule } from './hashlib.js';
import { binasciiModule } from './binascii.js';
import { threadModule } from './thread.js';
import { pystmModule } from './pystm.js';
import { heapqModule } from './heapq.js';
import { gcModule } from './gc.js';
import { weakrefModule } from './weakref.js';

export const MODULE_SPECS: readonly ModuleSpec[] = [
  tracebackModule,
  mathModule,
  randomModule,
  structModule,
  timeModule,
  cmathModule,
  RE_MODULE,
  ioModule,
  posixModule,
  errnoModule,
  jsonModule,
  importlibModule,
  hashlibModule,
  binasciiModule,
  threadModule,
  pystmModule,
  heapqModule,
  gcModule,
  weakrefModule,
];
