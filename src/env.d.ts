/// <reference path="../.astro/types.d.ts" />

declare namespace App {
  interface Locals {
    /** Sources of the guide being rendered, for <Cite id="…" /> in its body. */
    citations?: { file: string; ids: string[]; titles: string[] };
    /** Tables rendered so far on the page, to give each scroll region its own name. */
    tableCount?: number;
  }
}
