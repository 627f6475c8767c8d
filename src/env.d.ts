/// <reference path="../.astro/types.d.ts" />

declare namespace App {
  interface Locals {
    /** Sources of the guide being rendered, for <Cite id="…" /> in its body. */
    citations?: { file: string; ids: string[] };
    /** The guide being rendered's diagram and fill-in sheet, for <Figure /> and <Tool />. */
    guideExtras?: { file: string; figure?: import('./schemas/figure').Figure | undefined; tool?: import('./schemas/figure').Tool | undefined };
  }
}
