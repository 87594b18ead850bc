// Reads content/topics.yaml: the order and labels of areas and topics in the tree.
import { formatZodIssues } from './zodIssues';
import type { ContentError } from './contentError';
import { topicsFileSchema, type TopicsFile } from './noteSchema';
import { parseYamlSource } from './yamlSource';

export function parseTopicsFile(file: string, text: string): TopicsFile | ContentError[] {
  const parsed = parseYamlSource(file, text, 1);
  if (Array.isArray(parsed)) return parsed;
  const result = topicsFileSchema.safeParse(parsed.value);
  if (!result.success) return formatZodIssues(file, result.error.issues, parsed.lineOf);
  const errors: ContentError[] = [];
  const seen = new Set<string>();
  result.data.areas.forEach((area, areaIndex) => {
    if (seen.has(area.id)) errors.push({ file, line: parsed.lineOf(['areas', areaIndex, 'id']), message: `duplicate area or topic id "${area.id}"` });
    seen.add(area.id);
    area.topics.forEach((topic, topicIndex) => {
      if (seen.has(topic.id)) errors.push({ file, line: parsed.lineOf(['areas', areaIndex, 'topics', topicIndex, 'id']), message: `duplicate area or topic id "${topic.id}"` });
      seen.add(topic.id);
    });
  });
  return errors.length > 0 ? errors : result.data;
}
