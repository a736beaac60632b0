export interface StartDeps {
  platform: string;
  port: number | string;
  run(command: string, args: string[]): Promise<number>;
  log(message: string): void;
  portInUse(port: number | string): Promise<boolean>;
  bin(name: string): string;
}
export function start(deps: StartDeps): Promise<number>;
export function webSteps(port: number | string): string;
