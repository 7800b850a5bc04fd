/** Bare Eleventy 3 with default settings: Markdown files in, HTML pages out. */
import Eleventy from '@11ty/eleventy';

const [input, output] = process.argv.slice(2);
const elev = new Eleventy(input!, output!, { quietMode: true, configPath: false });
await elev.write();
