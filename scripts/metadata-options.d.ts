export function withRuntimeOptions<T extends object>(metadata: T): T & { allowErrorForDataTypeAny: true; allowCustomDataForDataTypeAny: false };
export class MetadataOptionsPlugin {
  constructor(options: { assets: string[] });
}
