/** The part of Eleventy's programmatic API this project calls (the package ships no types). */
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(input: string, output: string, options: { quietMode?: boolean; configPath?: string | false; config?: (eleventyConfig: never) => void });
    write(): Promise<unknown>;
  }
}
