import { run } from "../../src/cli/main";

export async function runCli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), today: () => "2025-06-15" });
  return { code, stdout, stderr };
}
