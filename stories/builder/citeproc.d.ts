// citeproc-js has no types of its own; format-citations.ts describes what the build uses of it.
declare module 'citeproc' {
  const CSL: unknown;
  export default CSL;
}
