/**
 * TypeSpec of BaseExceptionGroup (ExceptionGroup inherits it; its second
 * base, Exception, is wired at bootstrap). The behaviour lives in
 * vm/objects/exception-group.ts; this is only the table.
 */
import { L } from '../../gc/layout.js';
import type { TypeSpec } from '../objects/native.js';
import { K } from '../objects/core.js';
import { newStr } from '../objects/str.js';
import { newTuple } from '../objects/tuple.js';
import { load } from '../../gc/heap.js';
import { EXC } from '../objects/core.js';
import {
  createGroupFrom, groupExceptionsTuple, groupNew, groupStr, matcherOf, splitGroup,
} from '../objects/exception-group.js';
import { newExceptionHook } from './specs-callables.js';

export const baseExceptionGroupSpec: TypeSpec = {
  name: 'BaseExceptionGroup', layout: L.EXCEPTION, subclassable: true,
  new: (a, kw) => groupNew(a[0]!, a.slice(1, a.length - (kw ? kw.length : 0)), newExceptionHook.make),
  methods: {
    __str__: (a) => newStr(groupStr(a[0]!)),
    derive: (a) => createGroupFrom(load(a[0]! + EXC.VALUE), a[1]!),
    split: (a) => {
      const [m, r] = splitGroup(a[0]!, matcherOf(a[1]!), true);
      return newTuple([m || K.None, r || K.None]);
    },
    subgroup: (a) => splitGroup(a[0]!, matcherOf(a[1]!), false)[0] || K.None,
  },
  getters: {
    message: (e) => load(e + EXC.VALUE),
    exceptions: (e) => groupExceptionsTuple(e),
  },
};

