import type { FetchNode } from '@apollo/query-planner';
import type { GraphQLFormattedError } from 'graphql';
import type { CallOrigin, SubgraphDataSource } from '../subgraph-fetch.ts';
import { KeyTrie, type Representer } from './representation.ts';

type Data = Record<string, unknown>;

/** What a subgraph answered one entity fetch, as if it had been sent that fetch's representations alone. */
export type EntityAnswer = {
  /** Its errors, an error of an entity at `_entities.<i>` with i the index among the fetch's representations. */
  errors: GraphQLFormattedError[] | undefined;
  /** One answer per representation, in their order; undefined when the subgraph sent no data. */
  entities: (Data | null)[] | undefined;
  /** A malformed answer, reported as the fetch's failure after its errors. */
  failure?: Error;
};

/** One fetch's share of a batch: the slot of each of its representations among the batch's. */
type Member = {
  slotOf: number[];
  resolve(answer: EntityAnswer): void;
  reject(error: unknown): void;
};

/** The slot of an entity whose representation has no __typename: it is not sent. */
const unrepresentable = -1;

type Batch = {
  subgraph: SubgraphDataSource;
  /** The first fetch to join: its operation (and name) is what is sent. */
  fetch: FetchNode;
  variables: Data;
  representations: Data[];
  /** The entity keys met, each with its slot or `unrepresentable`. */
  keys: KeyTrie;
  members: Member[];
};

/**
 * The entity fetches of one plan run, gathered for one turn of the event loop: those asking the same
 * subgraph for the same selection with the same variables go as one request, each distinct
 * representation in it once. A plan asks this often: the same entity type at several paths (a
 * product under each review, and under each review of its reviewers) is fetched by sibling nodes
 * with the same selection, which the gateway sends one request each. Each fetch then gets the
 * answer it would have had alone, errors included (see EntityAnswer); a failure of the request fails
 * every fetch of it, as each would have failed.
 */
export class EntityBatches {
  readonly #origin: CallOrigin;
  /** By kind (see kindOf), then by the variables' JSON: the kind is a long text, made once per plan node. */
  readonly #open = new Map<string, Map<string, Batch>>();

  constructor(origin: CallOrigin) {
    this.#origin = origin;
  }

  /**
   * Joins `fetch` for the representable ones of `entities` to the request of its kind this turn:
   * the entities it represents, and the answer for them in their order. Undefined when it
   * represents none, and then nothing is sent for it.
   */
  join(
    subgraph: SubgraphDataSource,
    fetch: FetchNode,
    variables: Data,
    entities: readonly Data[],
    representer: Representer,
  ): { represented: Data[]; answer: Promise<EntityAnswer> } | undefined {
    const kind = kindOf(fetch);
    const variablesJson = JSON.stringify(variables);
    const open = this.#open.get(kind)?.get(variablesJson);
    const batch: Batch = open ?? { subgraph, fetch, variables, representations: [], keys: new KeyTrie(), members: [] };
    const slotOf: number[] = [];
    const represented: Data[] = [];
    for (const entity of entities) {
      // Most entities repeat one seen before (a product under each of its reviews): their key finds
      // the slot without building their representation.
      // An entity that cannot be represented (a key field missing) ends at a node of its own too:
      // its null representation is built once and the node remembered as unrepresentable.
      const key = representer.keyOf(entity, batch.keys);
      let slot = key.slot;
      if (slot === undefined) {
        const representation = representer.build(entity);
        slot = representation?.__typename ? batch.representations.push(representation) - 1 : unrepresentable;
        key.slot = slot;
      }
      if (slot === unrepresentable) continue;
      slotOf.push(slot);
      represented.push(entity);
    }
    if (slotOf.length === 0) return undefined;
    if (open === undefined) {
      // setImmediate, not a microtask: sibling nodes reach their fetch after their own awaits, and
      // branches whose answers arrived in the same poll join too.
      if (this.#open.size === 0) setImmediate(() => this.#sendAll());
      const ofKind = this.#open.get(kind);
      if (ofKind === undefined) this.#open.set(kind, new Map([[variablesJson, batch]]));
      else ofKind.set(variablesJson, batch);
    }
    const { promise, resolve, reject } = Promise.withResolvers<EntityAnswer>();
    batch.members.push({ slotOf, resolve, reject });
    return { represented, answer: promise };
  }

  #sendAll(): void {
    const batches = [...this.#open.values()].flatMap((ofKind) => [...ofKind.values()]);
    this.#open.clear();
    for (const batch of batches) void this.#send(batch);
  }

  async #send(batch: Batch): Promise<void> {
    const { fetch, members, representations } = batch;
    // Every fetch of the batch settles, whatever fails: a fetch left pending would hold its client request.
    try {
      const response = await batch.subgraph.send(
        {
          query: fetch.operation,
          variables: { ...batch.variables, representations },
          operationName: fetch.operationName,
        },
        this.#origin,
      );
      const errorsOf = response.errors && errorsByMember(response.errors, representations.length);
      const answers: unknown = response.data?._entities;
      let failure: Error | undefined;
      if (response.data && !Array.isArray(answers)) {
        failure = new Error('Expected "data._entities" in response to be an array');
      } else if (Array.isArray(answers) && answers.length !== representations.length) {
        failure = new Error(`Expected "data._entities" to contain ${representations.length} elements`);
      }
      const outcomes = members.map((member, index) => ({
        errors: errorsOf?.(member, index === 0),
        entities: failure || !Array.isArray(answers) ? undefined : member.slotOf.map((slot) => answers[slot] as Data),
        failure,
      }));
      for (const [index, member] of members.entries()) member.resolve(outcomes[index] as EntityAnswer);
    } catch (error) {
      for (const member of members) member.reject(error);
    }
  }
}

/**
 * The errors each fetch of a batch would have had alone. Every fetch has the errors of no one entity.
 * An error at `_entities.<slot>` is the fetch's once for each of its representations in that slot,
 * at that representation's index: as the subgraph wrote them when the fetch's representations are
 * the batch's first slots in order; otherwise in the order of its representations, after the errors
 * of no one entity, as a subgraph sent every occurrence reports them. An error at a slot nothing
 * was sent for goes to the first fetch as the subgraph wrote it.
 */
function errorsByMember(
  errors: readonly GraphQLFormattedError[],
  sent: number,
): (member: Member, first: boolean) => GraphQLFormattedError[] {
  const slotOfError = (error: GraphQLFormattedError): number | 'none' | 'unsent' => {
    const slot = error.path?.[1];
    if (typeof slot !== 'number') return 'none';
    return Number.isInteger(slot) && slot >= 0 && slot < sent ? slot : 'unsent';
  };
  const bySlot = new Map<number, GraphQLFormattedError[]>();
  for (const error of errors) {
    const slot = slotOfError(error);
    if (typeof slot !== 'number') continue;
    const ofSlot = bySlot.get(slot);
    if (ofSlot === undefined) bySlot.set(slot, [error]);
    else ofSlot.push(error);
  }
  return (member, first) => {
    if (member.slotOf.every((slot, index) => slot === index)) {
      return errors.filter((error) => {
        const slot = slotOfError(error);
        return slot === 'none' || (slot === 'unsent' ? first : slot < member.slotOf.length);
      });
    }
    const own = errors.filter((error) => {
      const slot = slotOfError(error);
      return slot === 'none' || (slot === 'unsent' && first);
    });
    member.slotOf.forEach((slot, index) => {
      for (const error of bySlot.get(slot) ?? []) {
        own.push({ ...error, path: [error.path?.[0] as string, index, ...(error.path?.slice(2) ?? [])] });
      }
    });
    return own;
  };
}

/**
 * What fetches must share to go as one request, besides their variables: the subgraph, the
 * operation without its generated name (sibling fetches of one selection differ only there), and
 * the fields their representations are made of, so that entity keys of a batch read the same ones.
 */
const kinds = new WeakMap<FetchNode, string>();

function kindOf(fetch: FetchNode): string {
  let kind = kinds.get(fetch);
  if (kind === undefined) {
    const named = fetch.operationName === undefined ? undefined : `query ${fetch.operationName}(`;
    const selection =
      named && fetch.operation.startsWith(named) ? `query(${fetch.operation.slice(named.length)}` : fetch.operation;
    kind = `${fetch.serviceName}\n${selection}\n${JSON.stringify(fetch.requires ?? [])}`;
    kinds.set(fetch, kind);
  }
  return kind;
}
