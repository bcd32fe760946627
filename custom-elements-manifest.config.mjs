// Custom-elements manifest (custom-elements.json), generated from JSDoc on the element classes.
export default {
  globs: ['src/components/**/*.ts', 'src/base/*.ts'],
  exclude: ['src/**/*.view.ts'],
  litelement: true,
  outdir: '.',
  plugins: [
    {
      // Events are documented with @fires; drop the nameless entries inferred from
      // `dispatchEvent(new KjSelectEvent(…))`.
      name: 'kerjasama-named-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events) decl.events = decl.events.filter((e) => e.name);
          }
        }
      },
    },
  ],
};
