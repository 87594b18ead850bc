// Back/forward through the notes shown in the Note panel, as a browser does: opening a
// note after going back drops the forward entries.
export class NoteHistory {
  private entries: string[] = [];
  private index = -1;

  constructor(private readonly limit = 100) {}

  get current(): string | undefined {
    return this.entries[this.index];
  }

  get canGoBack(): boolean {
    return this.index > 0;
  }

  get canGoForward(): boolean {
    return this.index < this.entries.length - 1;
  }

  clear(): void {
    this.entries = [];
    this.index = -1;
  }

  /** Records a newly opened note; reopening the current one changes nothing. */
  visit(id: string): void {
    if (this.current === id) return;
    this.entries = this.entries.slice(0, this.index + 1);
    this.entries.push(id);
    if (this.entries.length > this.limit) this.entries.shift();
    this.index = this.entries.length - 1;
  }

  back(): string | undefined {
    if (this.canGoBack) this.index--;
    return this.current;
  }

  forward(): string | undefined {
    if (this.canGoForward) this.index++;
    return this.current;
  }
}
