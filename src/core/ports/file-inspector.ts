/** What a file's first bytes say it is, by its signature (never its name). */
export interface SniffedKind {
  ext: string;
  mime: string;
}

/** Looks inside files: their kind by signature, and a small re-encoded preview of an image. */
export interface FileInspector {
  /** How many leading bytes `sniff` wants. */
  readonly headBytes: number;
  sniff(head: Uint8Array): Promise<SniffedKind | undefined>;
  /** A PNG thumbnail made from the image's pixels, or undefined when the image cannot be decoded. */
  preview(image: Uint8Array): Promise<Uint8Array | undefined>;
}
