// Worker threads do not inherit the TypeScript loader of the thread that starts them:
// register it, then load the worker itself (workerData.entry).
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
