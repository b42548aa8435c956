/** NLP.js ships no typings: the part the statistical matcher uses. */
declare module "@nlpjs/nlp" {
  export interface NlpEntity {
    entity: string;
    option?: string;
    accuracy: number;
    start: number;
    end: number;
    sourceText: string;
    utteranceText: string;
  }
  export interface NlpResult {
    intent: string;
    score: number;
    entities: NlpEntity[];
  }
  export interface NlpNer {
    process(input: { locale: string; utterance: string }): Promise<{ entities?: NlpEntity[] }>;
    generateEntityUtterance(locale: string, utterance: string): Promise<string>;
  }
  export class Nlp {
    constructor(settings?: Record<string, unknown>);
    ner: NlpNer;
    use(plugin: unknown): void;
    addDocument(locale: string, utterance: string, intent: string): void;
    addNerRuleOptionTexts(locale: string, name: string, option: string, texts: string[]): void;
    train(): Promise<unknown>;
    process(locale: string, utterance: string): Promise<NlpResult>;
    export(minified?: boolean): string;
    import(data: string): void;
  }
}

declare module "@nlpjs/lang-en-min" {
  export const LangEn: unknown;
  export class TokenizerEn {
    tokenize(text: string, normalize?: boolean): string[];
  }
}
