/** A user as orders knows them: only by id (auth owns the rest). */
export interface UserReference {
  id: string;
}
