/**
 * The native modules, in registration order (this order fixes their native
 * ids: append new modules at the end). See registry.ts for the model.
 */
import type { ModuleSpec } from './registry.js';

export const MODULE_SPECS: readonly ModuleSpec[] = [];
