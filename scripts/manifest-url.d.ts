export declare const DEV_BASE_URL: string;
export declare function normaliseBaseUrl(base: string): string;
export declare function rewriteManifestUrls(xml: string, base: string): string;
export declare function productionBaseUrl(env?: Record<string, string | undefined>, warn?: (message: string) => void): string;
export declare function baseUrlOrExit(
  env?: Record<string, string | undefined>,
  io?: { error?: (message: string) => void; exit?: (code: number) => never | void },
): string;
