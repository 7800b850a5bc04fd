/** The part of Eleventy's dev server this project calls (the package ships no types). */
declare module '@11ty/eleventy-dev-server' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  export default class EleventyDevServer {
    static getServer(name: string, dir: string, options?: { port?: number; pathPrefix?: string; domDiff?: boolean; showAllHosts?: boolean; middleware?: Middleware[] }): EleventyDevServer;
    serve(port: number): void;
    reload(event?: Record<string, unknown>): void;
    close(): Promise<void>;
  }
}
