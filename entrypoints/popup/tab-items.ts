// Stable identities for the popup's items: the first note on an auto-finding saves it under a new
// id; the popup keeps showing the same card (same key) and sends later edits to the new id.
export class ItemIds {
  private current = new Map<string, string>();
  private keys = new Map<string, string>();

  /** The id to send for the card with this key. */
  idFor(key: string): string {
    return this.current.get(key) ?? key;
  }

  /** The card key for an item id (its first id). */
  keyFor(id: string): string {
    return this.keys.get(id) ?? id;
  }

  /** The card's item now lives under `id`. */
  moved(key: string, id: string): void {
    if (id === key) return;
    this.current.set(key, id);
    this.keys.set(id, key);
  }
}
