// The use cases the extension offers in its pickers, read from the enum that package.json
// contributes for stackls.useCase (kept equal to knowledge/data/use-cases.json by a unit test).

export interface UseCaseInfo {
  id: string;
  title: string;
}

export function useCasesFromManifest(packageJson: unknown): UseCaseInfo[] {
  const props = (packageJson as { contributes?: { configuration?: { properties?: Record<string, unknown> } } })
    ?.contributes?.configuration?.properties;
  const setting = props?.["stackls.useCase"] as { anyOf?: { type?: string; enum?: unknown; enumDescriptions?: unknown }[] } | undefined;
  const variant = setting?.anyOf?.find((v) => v.type === "string");
  if (!variant || !Array.isArray(variant.enum)) return [];
  const titles = Array.isArray(variant.enumDescriptions) ? variant.enumDescriptions : [];
  return variant.enum
    .filter((id): id is string => typeof id === "string")
    .map((id, i) => ({ id, title: typeof titles[i] === "string" ? (titles[i] as string) : id }));
}
