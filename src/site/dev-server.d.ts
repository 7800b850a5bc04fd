/** The part of Eleventy's dev server this project calls (the package ships no types). */
declare module '@11ty/eleventy-dev-server' {
  export default class EleventyDevServer {
    static getServer(name: string, dir: string, options?: { port?: number; pathPrefix?: string; domDiff?: boolean; showAllHosts?: boolean }): EleventyDevServer;
    serve(port: number): void;
    reload(event?: Record<string, unknown>): void;
    close(): Promise<void>;
  }
}
