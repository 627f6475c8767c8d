/// <reference path="../.astro/types.d.ts" />

declare namespace App {
  interface Locals {
    /** Sources of the guide being rendered, for <Cite id="…" /> in its body. */
    citations?: { file: string; ids: string[] };
  }
}
