export interface DevCerts {
  getHttpsServerOptions(): Promise<{ ca: Buffer; cert: Buffer; key: Buffer }>;
  generateCertificates(ca: string, cert: string, key: string, days: number, domains: string[]): Promise<void>;
}
export function devServerHttpsOptions(options?: { devCerts?: DevCerts; log?: (message: string) => void; directory?: string }): Promise<Record<"ca" | "cert" | "key", Buffer>>;
export function untrustedMessage(error: unknown, directory: string): string;
