import type { BundleRevertStep } from "./bundleRevert";
import type { BundleMethods } from "./bundleTypes";
import type { ExcelRun } from "./gateway";
import type { HostCapabilities } from "./requirements";

// Bundling is loaded when first used, like Inrichten: the pane's first screen stays small.
const bundling = () => import(/* webpackChunkName: "bundelen" */ "./bundleThroughExcel");

/**
 * *Bundelen* through Office.js. The revert steps of the last run live here, in memory: they are lost when the
 * pane reloads, as the pane tells the user.
 */
export function bundleMethods(run: ExcelRun, capabilities: HostCapabilities): BundleMethods {
  let lastRevert: BundleRevertStep[] | null = null;
  return {
    previewBundle: async (request) => (await bundling()).previewBundle(run, capabilities, request),
    async writeBundle(request) {
      lastRevert = null;
      let steps: BundleRevertStep[] | null = null;
      // The steps arrive before anything is written, so a batch that fails half-way can still be taken back.
      const written = await (await bundling()).writeBundle(run, capabilities, request, (s) => {
        steps = s;
        lastRevert = s;
      });
      lastRevert = "decisions" in written && written.undo === "revert-snapshot" ? steps : null;
      return written;
    },
    async revertBundle() {
      if (!lastRevert) return false;
      await (await bundling()).revertBundle(run, lastRevert);
      lastRevert = null;
      return true;
    },
    canRevertBundle: () => lastRevert !== null,
  };
}
