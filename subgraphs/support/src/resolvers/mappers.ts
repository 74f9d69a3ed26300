/** A user or an order as support knows them: only by id (auth and orders own the rest). */
export interface Reference {
  id: string;
}
