/** The part of xml-writer's API (the streaming XML writer graphology-gexf uses) that the export calls. */
declare module 'xml-writer' {
  class XMLWriter {
    /** `indent`: true for four spaces, or the indent string; `write` receives every piece of the document in order. */
    constructor(indent?: boolean | string, write?: (chunk: string, encoding: string) => void);
    startDocument(version?: string, encoding?: string): this;
    endDocument(): this;
    startElement(name: string): this;
    endElement(): this;
    writeElement(name: string, content: string): this;
    startAttribute(name: string): this;
    endAttribute(): this;
    writeAttribute(name: string, content: string): this;
    text(content: string): this;
  }
  export = XMLWriter;
}
