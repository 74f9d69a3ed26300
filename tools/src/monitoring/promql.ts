import { parser } from '@prometheus-io/lezer-promql';

/**
 * Grafana's variables written into a panel's PromQL, replaced by values PromQL accepts before the
 * expression is parsed (the metric names, all this reads, never come from a variable).
 */
const grafanaVariables: Array<[RegExp, string]> = [
  [/\$__rate_interval|\$__interval|\$__range/g, '5m'],
  [/\$\{?[A-Za-z_]\w*\}?/g, 'variable'],
];

/**
 * The metric names an expression selects, read by Prometheus' own PromQL grammar; throws when the
 * expression does not parse.
 */
export function selectedMetricNames(expression: string): string[] {
  const promql = grafanaVariables.reduce((text, [variable, value]) => text.replace(variable, value), expression);
  const names = new Set<string>();
  const problems: number[] = [];
  parser.parse(promql).iterate({
    enter(node) {
      if (node.type.isError) problems.push(node.from);
      // A selector's metric name is its Identifier (`name{…}`); label names and functions are not.
      if (node.name === 'Identifier' && node.node.parent?.name === 'VectorSelector') {
        names.add(promql.slice(node.from, node.to));
      }
    },
  });
  if (problems.length > 0) throw new Error(`not PromQL at ${problems.join(', ')}: ${promql}`);
  return [...names];
}
