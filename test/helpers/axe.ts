/**
 * An automated WCAG 2.1 AA audit of a page with axe-core, run inside the page: its source, then
 * axe.run with the wcag2a, wcag2aa, wcag21a and wcag21aa tags.
 */
import * as fs from "fs";
import type { Page } from "playwright-core";

const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** One violation, as the test reports it: the rule, its impact and the elements it found. */
export interface Violation {
  id: string;
  impact: string | null;
  targets: string[];
}

export async function auditWcagAA(page: Page, selector?: string): Promise<Violation[]> {
  // Evaluated through the browser's debugging protocol, which the pages' CSP (no inline scripts)
  // does not govern; a <script> tag would be refused, rightly.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (context) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: unknown,
            options: unknown,
          ): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(context ?? document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
  }, selector ?? null);
}
