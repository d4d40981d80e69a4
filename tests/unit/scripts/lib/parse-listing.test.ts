import { describe, expect, test } from 'vitest';
import { parseListing } from '../../../../scripts/lib/parse-listing.ts';
import { formatProblem } from '../../../../src/format/problem.ts';

/** An abstract of ordinary length, distinct per `topic`. */
const abstract = (topic: string) => `We study ${topic} and ask whether a small adapter closes the gap to much larger systems; it does on four benchmarks.`;

/** An abstract of four sentences, distinct per `topic`. */
const longAbstractOf = (topic: string) => `${abstract(topic)} ${abstract(`${topic} at scale`)} ${abstract(`${topic} in the wild`)} ${abstract(`${topic} again`)}`;

/** The page header of the blank-line layout. */
const HEADER = ['new', 'Get trending papers in your email inbox!', 'Subscribe', 'byAK and the research community'];

/** The names cards show under `Submitted by`: a user's or an organisation's handle. */
const SUBMITTERS = ['alice-w', 'bzhang', 'carlos_99', 'dee.lu', 'Evan'];

/** A blank-line dump: each field its own block. */
const blankDump = (...fields: string[]) => fields.join('\n\n');
/** A one-line dump: the page's header lines, then `Subscribe` glued onto the first title. */
const lineDump = (firstTitle: string, ...rest: string[]) =>
  ['Get trending papers in your email inbox once a day!', 'Get trending papers in your email inbox!', `Subscribe${firstTitle}`, ...rest].join('\n');

/** The dump of `papers` (titles and abstracts in turn) in each layout, named. */
const bothLayouts = (papers: string[]) => [['blank-line', blankDump(...HEADER, 'Mar 14', ...papers)], ['one-line', lineDump(...(papers as [string, ...string[]]))]] as const;

const parse = (text: string) => parseListing(text, 'd.txt');
const titles = (text: string) => parse(text).entries.map((e) => e.title);
const errors = (text: string) => parse(text).errors.map(formatProblem);
const warnings = (text: string) => parse(text).warnings.map(formatProblem);

describe('parseListing: a file with no text', () => {
  test('says an empty file is empty', () => {
    expect(warnings('')).toEqual(['d.txt: holds no papers: expected title and abstract lines after the page header, the file is empty']);
  });
  test.each([
    ['spaces and newlines', '  \n\n   \n'],
    ['tabs', '\t\t\n\t'],
    ['no-break spaces', '\u00A0\n\u00A0\u00A0'],
    ['a byte order mark and a newline', '\uFEFF\n'],
  ])('says a file of %s holds only white space, not that it is empty', (_, text) => {
    expect(warnings(text)).toEqual(['d.txt: holds no papers: expected title and abstract lines after the page header, the file holds only white space (spaces, tabs, line breaks)']);
  });
  test.each([
    ['a zero-width space', '\u200B'],
    ['zero-width characters and white space', '\u200B\n\n\u2060 \n\t\uFEFF\n'],
    ['a byte order mark and zero-width spaces', '\uFEFF\u200B\u200B\n'],
    ['a joiner and a soft hyphen', ' \u200D\t\n\u00AD'],
  ])('says a file of %s holds only white space, not that it holds the page header, saying what it removed', (_, text) => {
    const said = warnings(text);
    expect(said.at(-1)).toBe('d.txt: holds no papers: expected title and abstract lines after the page header, the file holds only white space (spaces, tabs, line breaks)');
    expect(said.slice(0, -1)).toEqual(said.slice(0, -1).map(() => expect.stringMatching(/^d\.txt:\d+: removed (a|\d+) control or invisible characters? \(U\+/)));
  });
});

describe('parseListing: a paper\'s own page saved instead of the listing', () => {
  /** A paper's page as a select-all copy gives it: the site's header, the paper's card, its discussion, the sections that link to it, the footer. */
  const paperPage = [
    'Hugging Face', 'Models', 'Datasets', 'Spaces', 'Docs', 'Pricing', 'Papers', 'arxiv:2503.01231',
    'Folded Ropes', 'Published on Mar 13', 'Submitted by', 'alice-w', 'Authors:', 'Ada Smith', ',', 'Ben Jones', 'Abstract', abstract('ropes'),
    'View arXiv page', 'View PDF', 'Project page', 'Add to collection', 'Community', 'alice-w', 'Paper submitter', 'about 5 hours ago',
    'The knot figure makes the method very clear, thanks for sharing the code.', 'Reply', 'Sign up or log in to comment',
    'Models citing this paper', '0', 'No model linking this paper', 'Datasets citing this paper', '0', 'No dataset linking this paper',
    'Spaces citing this paper', '0', 'Collections including this paper', '0', 'System theme', 'Company', 'TOS', 'Privacy', 'About',
  ];
  test.each([
    ['one line per field', paperPage.join('\n'), 30, 33],
    ['blank-line blocks', blankDump(...paperPage), 59, 65],
  ])('stops, saying it is a paper\'s page and what to save instead, rather than read its lines as papers (%s)', (_, text, first, second) => {
    const result = parse(text);
    expect(result.entries).toEqual([]);
    expect(result.errors.map(formatProblem)).toEqual([
      `d.txt:${first}: the dump is a paper's own page (\`Models citing this paper\` at line ${first}, \`Datasets citing this paper\` at line ${second}), not a Daily Papers listing: its lines around the paper (authors, comments, links) would be read as papers; expected a listing's titles and abstracts: save the Daily Papers page of the day (huggingface.co/papers) and ingest that`,
    ]);
  });
  test('reads a listing with a paper titled so, or one such line, as before', () => {
    const text = blankDump(...HEADER, 'Mar 14', 'Models Citing This Paper', abstract('citations'), 'Folded Ropes', abstract('ropes'));
    expect(parse(text).errors).toEqual([]);
    expect(titles(text)).toEqual(['Models Citing This Paper', 'Folded Ropes']);
  });
});

describe('parseListing: a page translated by the browser', () => {
  /** An abstract of a paper's length in Chinese, as a browser's translation writes it (over 80 characters). */
  const zh = (topic: string) => `我们研究${topic}，并询问一个小型适配器能否在四个基准上缩小与大得多的系统之间的差距。结果表明它可以做到，而且所需的计算量只是原来的一小部分，训练时间也大大缩短。我们还分析了适配器的秩与任务难度之间的关系，并发布了全部代码和数据，以便他人复现这些结果。`;
  const ZH_HEADER = ['新', '在您的电子邮件收件箱中获取热门论文！', '订阅', '由AK和研究社区提供'];
  const ZH_FOOTER = ['系统主题', '公司', '条款', '隐私', '关于'];
  const layouts = [
    ['blank-line blocks', blankDump],
    ['one line per field', (...fields: string[]) => fields.join('\n')],
  ] as const;
  const said = expect.stringMatching(/^d\.txt:1: the page looks translated by the browser: 10 short lines where the page's header and footer stand are in another script \(`新`, `在您的电子邮件收件箱中获取热门论文！`, `订阅`, …\), and none reads as the page's own words \(`Subscribe`, `Privacy`\); expected the page as the site shows it: save it again with the browser's translation turned off/);

  test.each(layouts)('stops naming the translation, not a footer word without an abstract, with the papers translated or not (%s)', (_, join) => {
    // The first title stands where the header does, over the first abstract: translated, it is one of those lines too.
    for (const [papers, first] of [[['稀疏适配器', zh('稀疏'), '图先验', zh('图')], 1], [['Sparse Adapters', abstract('adapters'), 'Graph Priors', abstract('priors')], 0]] as const) {
      for (const footer of [ZH_FOOTER, ZH_FOOTER.slice(0, 4)]) {
        const dump = join(...ZH_HEADER, 'Mar 14', ...papers, ...footer);
        const result = parse(dump);
        const n = ZH_HEADER.length + first + footer.length;
        expect(result.errors.map(formatProblem), dump).toEqual([expect.stringMatching(new RegExp(`^d\\.txt:1: the page looks translated by the browser: ${n} short lines`))]);
        expect(result.entries, dump).toEqual([]);
      }
    }
    expect(errors(join(...ZH_HEADER, 'Mar 14', '稀疏适配器', zh('稀疏'), ...ZH_FOOTER))).toEqual([said]);
  });

  test('names the translation with the page\'s Subscribe translated onto its first title', () => {
    const dump = ['在您的电子邮件收件箱中获取热门论文！', '订阅Sparse Adapters', abstract('adapters'), 'Graph Priors', abstract('priors'), ...ZH_FOOTER].join('\n');
    expect(errors(dump)).toEqual([expect.stringMatching(/^d\.txt:1: the page looks translated by the browser: 6 short lines/)]);
  });

  describe('into a language of Latin script, with no footer', () => {
    /** Abstracts of a paper's length as a browser's translation writes them. */
    const fr = (topic: string) => `Nous étudions ${topic} et nous demandons si un petit adaptateur peut combler l'écart avec des systèmes beaucoup plus grands ; c'est le cas sur quatre bancs d'essai, pour une fraction du calcul.`;
    const de = (topic: string) => `Wir untersuchen ${topic} und fragen, ob ein kleiner Adapter die Lücke zu viel größeren Systemen schließt; auf vier Benchmarks gelingt ihm das mit einem Bruchteil der Rechenzeit.`;
    const FR_HEADER = ['nouveau', 'Recevez les articles tendance dans votre boîte mail !', "S'abonner", 'par AK et la communauté de recherche'];
    const DE_HEADER = ['neu', 'Erhalten Sie angesagte Artikel in Ihrem E-Mail-Posteingang!', 'Abonnieren', 'von AK und der Forschungsgemeinschaft'];
    const pages = [
      ['French', FR_HEADER, ['Adaptateurs clairsemés', fr('les adaptateurs'), 'A priori de graphes', fr('les graphes')]],
      ['German', DE_HEADER, ['Spärliche Adapter', de('Adapter'), 'Graph-Priors', de('Graphen')]],
    ] as const;

    test.each(layouts)('stops naming the translation: the page\'s own words missing where they stand, and abstracts that are not English (%s)', (_, join) => {
      for (const [language, header, papers] of pages) {
        for (const date of ['Mar 14', '14 mars']) {
          const dump = join(...header, date, ...papers);
          const result = parse(dump);
          expect(result.errors.map(formatProblem), `${language} ${date}`).toEqual([
            expect.stringMatching(new RegExp(`^d\\.txt:1: the page looks translated by the browser: \\d short lines where the page's header and footer stand read as none of the page's own words \\(\`${header[0]}\`, .*\\), and its abstracts are not in English \\(\\d+% of their words are English words such as \`the\`, \`of\`, \`and\`, where English abstracts have about a quarter\\); expected the page as the site shows it: save it again with the browser's translation turned off`)),
          ]);
          expect(result.entries).toEqual([]);
        }
      }
    });

    test.each(layouts)('reads English pages whose header it does not know, and papers in other languages under the site\'s own header (%s)', (_, join) => {
      const english = ['Sparse Adapters', abstract('adapters'), 'Graph Priors', abstract('priors')];
      const unknownHeader = ['Trending research', 'Top picks from the community', 'Sign in with your account', 'Browse collections'];
      for (const dump of [join(...unknownHeader, 'Mar 14', ...english), join(...english), join(...HEADER, 'Mar 14', ...english)]) {
        expect(parse(dump).errors.map(formatProblem), dump).toEqual([]);
        expect(titles(dump), dump).toEqual(['Sparse Adapters', 'Graph Priors']);
      }
      for (const [, , papers] of pages) {
        const dump = join(...HEADER, 'Mar 14', ...papers);
        expect(parse(dump).errors.map(formatProblem), dump).toEqual([]);
        expect(titles(dump)).toEqual([papers[0], papers[2]]);
      }
    });
    test.each(layouts)('reads an English page whose header it does not know, whose one abstract is a list of names with few function words (%s)', (_, join) => {
      // English with hardly a `the` or `of`: names, figures and commas, as a technical report's abstract may be. Nothing in it is another language's.
      const terse = 'Lumen-VL, a flagship vision-language model: native dynamic-resolution ViT, window attention, MRoPE aligned to absolute time, 72B/7B/3B sizes; SOTA on DocVQA, ChartQA, MMMU, MathVista, Video-MME, LVBench, OSWorld, AndroidWorld; agentic grounding, long-video understanding, structured extraction.';
      const dump = join('Trending research', 'Top picks from the community', 'Browse collections', 'Mar 14', 'Lumen-VL Technical Report', terse);
      expect(parse(dump).errors.map(formatProblem)).toEqual([]);
      expect(titles(dump)).toEqual(['Lumen-VL Technical Report']);
    });
    test.each(layouts)('reads an English page whose header it does not know, whose terse abstracts write acronyms and link addresses that spell another language\'s function words (`ES`, `DEM`, `github.com`) (%s)', (_, join) => {
      const papers = [
        'DEM-SR: Elevation Super-Resolution',
        'DEM super-resolution: 30 m DEM to 10 m DEM, RMSE 1.2 m (SRTM, Copernicus DEM, ALOS), 4x A100. Code: https://github.com/geo/dem-sr, data: https://zenodo.org/records/123.',
        'ES-Opt: Evolution Strategies at Scale',
        'ES vs. PPO vs. GRPO on Qwen2.5-7B, Llama-3.1-8B: ES 71.2, PPO 68.4, GRPO 70.9 on GSM8K; ES 38.0 on MATH-500; 8x H100, 12 h. Code: https://github.com/es/es-opt.',
        'ER-Bench',
        'ER (entity resolution) benchmark: 12 datasets, 4 domains, 1.2M pairs; F1 91.3, Ditto 88.1, Magellan 79.4, ZeroER 71.0. Data: https://github.com/er/er-bench.',
      ];
      const dump = join('Daily Papers', 'Submit a paper', 'Sort by upvotes', 'Mar 14', ...papers);
      expect(parse(dump).errors.map(formatProblem)).toEqual([]);
      expect(titles(dump)).toEqual([papers[0], papers[2], papers[4]]);
    });
    test.each(layouts)('reads an English page whose header it does not know, whose terse abstracts write English words that other languages write too (`per`, `on par`, `op`, `die`) (%s)', (_, join) => {
      const papers = [
        'FlashServe: Serving LLMs at Scale',
        'Throughput 2.1x per GPU vs vLLM; 38 ms per token at 8K context; 0.4 J per token on H100; FP8 per-channel scales, per-head KV cache, paged attention.',
        'TinyKV',
        'KV cache compression: 4 bits per value, 1 scale per group of 64, 3.2x less memory per request, on par on LongBench, 0.2 lost on RULER at 128K.',
        'Op-Fuse',
        'Kernel fusion per op graph: 1.7x on A100, 1.4x on MI300X, 2.2x on L4; 12 fused kernels, 31 models, 18% less die area per op, median latency per batch.',
      ];
      const dump = join('Daily Papers', 'Submit a paper', 'Sort by upvotes', 'Mar 14', ...papers);
      expect(parse(dump).errors.map(formatProblem)).toEqual([]);
      expect(titles(dump)).toEqual([papers[0], papers[2], papers[4]]);
    });
  });

  test('reads a page whose header and footer are the site\'s own, whatever script its papers are in', () => {
    const dump = blankDump(...HEADER, 'Mar 14', '稀疏适配器', zh('稀疏'), '图先验', zh('图'), 'System theme', 'Company', 'TOS', 'Privacy');
    expect(errors(dump)).toEqual([]);
    expect(titles(dump)).toEqual(['稀疏适配器', '图先验']);
    // A title or two in another script at the top of a dump with no header are papers.
    expect(titles(blankDump('稀疏适配器', zh('稀疏'), '图先验', zh('图')))).toEqual(['稀疏适配器', '图先验']);
  });
});

describe('parseListing', () => {
  test('reads the blank-line layout with its page chrome and date label', () => {
    const result = parse(blankDump(...HEADER, 'Mar 14', 'Tiny Lanterns: Sparse Light Fields', 'We render small lights with a sparse field.', 'Folded Ropes', 'Ropes fold.'));
    expect(result.errors).toEqual([]);
    expect(result.date).toBe('Mar 14');
    expect(result.entries).toEqual([
      { title: 'Tiny Lanterns: Sparse Light Fields', abstract: 'We render small lights with a sparse field.', position: 1, line: 11, abstractLine: 13 },
      { title: 'Folded Ropes', abstract: 'Ropes fold.', position: 2, line: 15, abstractLine: 17 },
    ]);
  });

  test('reads the one-line layout, the page word glued onto the first title', () => {
    const result = parse(lineDump('Tiny Lanterns: Sparse Light Fields', 'We render small lights with a sparse field.', 'Folded Ropes', 'Ropes fold.'));
    expect(result.date).toBeUndefined();
    expect(result.entries.map((e) => [e.title, e.line, e.position])).toEqual([
      ['Tiny Lanterns: Sparse Light Fields', 3, 1],
      ['Folded Ropes', 5, 2],
    ]);
    expect(result.altered).toEqual({ characters: 0, mojibake: 0, subscribe: 1, tex: 0, simplifiedTex: 0, links: 0, markers: 0, affixes: 0, votes: 0, labels: 0, buttons: 0, references: 0 });
    // The title line's text changed, so the change is said where it was made, as every other.
    expect(result.warnings.map(formatProblem)).toEqual(["d.txt:3: removed the page's `Subscribe` glued onto the first title `Tiny Lanterns: Sparse Light Fields` (the page's button, copied with the title)"]);
  });

  test('handles a byte-order mark, CRLF and CR line ends, NFD text, tabs and runs of spaces', () => {
    const [entry] = parse('\uFEFFCafe\u0301\t  Lights \r\nA   short\tone.\rNext\r\nNext one.').entries;
    expect(entry?.title).toBe('Caf\u00e9 Lights');
    expect(entry?.title.length).toBe(11);
    expect(entry?.abstract).toBe('A short one.');
  });

  test('keeps a very short abstract as an abstract', () => {
    expect(parse('Tiny\nOk.\nNext Title\nNext abstract.').entries.map((e) => e.abstract)).toEqual(['Ok.', 'Next abstract.']);
  });

  test('recognises longer date labels and keeps them as printed', () => {
    expect(parse('March 14, 2025\n\nT\n\nA.').date).toBe('March 14, 2025');
    expect(parse('2025-03-14\n\nT\n\nA.').date).toBe('2025-03-14');
  });

  test.each(['Friday, March 14, 2025', '14. M\u00E4rz 2025', '2025\u5E743\u670814\u65E5', '14.03.2025'])('reads the date line %j under the page header as the listing\'s date', (label) => {
    const result = parse(blankDump(...HEADER, label, 'Tiny Lanterns', abstract('lanterns'), 'Folded Ropes', abstract('ropes')));
    expect(result.errors).toEqual([]);
    expect(result.date).toBe(label);
    expect(result.entries.map((e) => e.title)).toEqual(['Tiny Lanterns', 'Folded Ropes']);
  });
});

describe('parseListing: the page\'s "Subscribe"', () => {
  test.each([
    ['a lowercase letter', 'xLSTM-Lite: Recurrent Cells'],
    ['a quote', '"Attention Is Not Enough": A Reply'],
    ['a bracket', '[Re] Reproducing Reward Shaping'],
    ['a titlecase letter', '\u01C5ungla Scripts: OCR'],
    ['the word Subscribe', 'SubscribeNet: Routing Newsletters'],
    ['a date-like title', 'May 5'],
    ['a chrome-like title', 'New'],
  ])('is removed once from the first title of the one-line layout, glued onto %s', (_, first) => {
    expect(titles(lineDump(first, abstract('one'), 'Second Paper', abstract('two')))).toEqual([first, 'Second Paper']);
  });

  test.each([
    ['a space', ' '],
    ['a tab', '\t'],
    ['a no-break space', '\u00A0'],
  ])('is removed from the first title after the page header when %s separates them, with a warning, when what follows reads as a title start', (_, gap) => {
    const text = ['Get trending papers in your email inbox!', `Subscribe${gap}Sparse Adapters for Long Documents`, abstract('one'), 'Second Paper', abstract('two')].join('\n');
    expect(titles(text)).toEqual(['Sparse Adapters for Long Documents', 'Second Paper']);
    expect(parse(text).altered.subscribe).toBe(1);
    expect(warnings(text)).toContain(
      'd.txt:2: removed the page\'s `Subscribe` from the start of the first title `Sparse Adapters for Long Documents` (the page header has no `Subscribe` line of its own); if the title starts with that word, put the word back in its entry',
    );
  });

  test.each([
    ['a space', ' '],
    ['a tab', '\t'],
    ['a no-break space', '\u00A0'],
  ])('stays in a first title after the page header when %s follows the word and a lowercase word follows it (`to Reason` is no title start), with a warning', (_, gap) => {
    const text = ['Get trending papers in your email inbox!', `Subscribe${gap}to Reason: Feeds for Agents`, abstract('one'), 'Second Paper', abstract('two')].join('\n');
    expect(titles(text)).toEqual(['Subscribe to Reason: Feeds for Agents', 'Second Paper']);
    expect(parse(text).altered.subscribe).toBe(0);
    expect(warnings(text)).toEqual([
      "d.txt:2: kept the first title `Subscribe to Reason: Feeds for Agents` whole: without the page's `Subscribe` button (the page header has no `Subscribe` line of its own) it would start with the lowercase word `to`; if the word is the button's, delete it from the entry",
    ]);
  });

  test.each(['Subscribers Leave: Churn Models', 'Subscribed Feeds Decay', 'Subscriber-Aware Ranking', "Subscriber's Dilemma"])('stays whole in the first title %j of the one-line layout, a word that starts with it, not the button glued on', (first) => {
    const text = ['Get trending papers in your email inbox!', first, abstract('one'), 'Second Paper', abstract('two')].join('\n');
    expect(titles(text)).toEqual([first, 'Second Paper']);
    expect(warnings(text).filter((w) => w.includes('Subscribe'))).toEqual([]);
    // The button glued onto it is removed once.
    expect(titles(lineDump(first, abstract('one'), 'Second Paper', abstract('two')))).toEqual([first, 'Second Paper']);
  });

  test.each(['iflow: Tiny Flows', 'rsLoRA Scaling', 'dLLM Decoding'])('is removed from a first title %j that starts with a lowercase word, which no word that starts with "Subscribe" is', (first) => {
    expect(titles(lineDump(first, abstract('one'), 'Second Paper', abstract('two')))).toEqual([first, 'Second Paper']);
  });

  test('stays in a first title that starts with the word after a space when no page header comes before it, or the header has its own "Subscribe"', () => {
    expect(titles(`Subscribe to Attention\n${abstract('one')}\nSecond Paper\n${abstract('two')}`)).toEqual(['Subscribe to Attention', 'Second Paper']);
    expect(titles(`Get trending papers in your email inbox!\nSubscribe\nSubscribe to Attention\n${abstract('one')}`)).toEqual(['Subscribe to Attention']);
  });

  test('is removed after a long page header: the site navigation, the tabs and the listing header', () => {
    const nav = ['Hugging Face', 'Models', 'Datasets', 'Spaces', 'Posts', 'Docs', 'Enterprise', 'Pricing', 'Log In', 'Sign Up', 'Daily Papers', 'by AK and the research community'];
    expect(titles([...nav, 'Get trending papers in your email inbox!', 'SubscribeToken Merging', abstract('tokens'), 'Second Paper', abstract('two')].join('\n'))).toEqual(['Token Merging', 'Second Paper']);
    expect(titles(['Hugging Face', 'Models', 'Datasets', 'SubscribeToken Merging', abstract('tokens')].join('\n'))).toEqual(['Token Merging']);
  });

  test('is removed with no header before it too', () => {
    expect(titles(`SubscribeKnots\n${abstract('knots')}\nRopes\n${abstract('ropes')}`)).toEqual(['Knots', 'Ropes']);
  });

  test('is removed from the first title after a date label', () => {
    expect(titles(`Mar 14\nSubscribeSparse Lanterns\n${abstract('lanterns')}\nKnots\n${abstract('knots')}`)).toEqual(['Sparse Lanterns', 'Knots']);
  });

  test('is never removed from a later title', () => {
    expect(titles(lineDump('Knots', abstract('knots'), 'SubscribeNet-2: Feeds', abstract('feeds'), 'Subscriber Churn', abstract('churn')))).toEqual(['Knots', 'SubscribeNet-2: Feeds', 'Subscriber Churn']);
  });

  test('is never removed in the blank-line layout, where it is a line of its own', () => {
    expect(titles(blankDump(...HEADER, 'Mar 14', 'SubscribeNet: Digest Ranking', abstract('digests'), 'SubscribeBench', abstract('timing')))).toEqual(['SubscribeNet: Digest Ranking', 'SubscribeBench']);
  });

  test('is removed from the first title of the blank-line layout when the header has no "Subscribe" of its own (a one-line save whose lines were spaced out)', () => {
    const header = HEADER.filter((line) => line !== 'Subscribe');
    const result = parse(blankDump(...header, 'Mar 14', 'SubscribeSparse Lanterns', abstract('lanterns'), 'SubscribeBench', abstract('timing')));
    expect(result.entries.map((e) => e.title)).toEqual(['Sparse Lanterns', 'SubscribeBench']);
    expect(result.altered.subscribe).toBe(1);
    expect(result.errors).toEqual([]);
  });

  test('is removed from the first title of a save with a blank line between papers only, each title over its abstract', () => {
    const text = ['Get trending papers in your email inbox!', 'Mar 14', '', 'SubscribeSparse Lanterns', abstract('lanterns'), '', 'Knots', abstract('knots')].join('\n');
    expect(titles(text)).toEqual(['Sparse Lanterns', 'Knots']);
  });

  test.each(['Friday', '14/03', '10:00'])('is removed from the first title after %j, a day\u2019s label the page header may end with, glued or spaced', (label) => {
    expect(titles([label, 'SubscribeSparse Lanterns', abstract('lanterns'), 'Knots', abstract('knots')].join('\n'))).toEqual(['Sparse Lanterns', 'Knots']);
    expect(titles(['Get trending papers in your email inbox!', label, 'Subscribe Sparse Lanterns', abstract('lanterns'), 'Knots', abstract('knots')].join('\n'))).toEqual(['Sparse Lanterns', 'Knots']);
  });

  test('is not looked for after a "Subscribe" of its own', () => {
    expect(titles(`Get trending papers in your email inbox!\nSubscribe\nSubscribeNet: Routing\n${abstract('routing')}`)).toEqual(['SubscribeNet: Routing']);
  });

  test('leaves a first title alone when text that is not page header comes before it', () => {
    expect(titles(`Knots\nKnots hold.\nSubscribeNet: Routing\n${abstract('routing')}`)).toEqual(['Knots', 'SubscribeNet: Routing']);
  });
});

describe('parseListing: a card\'s furniture glued onto the end of a title or an abstract', () => {
  /** Both layouts: blank-line blocks under a date line, and one line per field. */
  const layouts: Array<[string, (...fields: string[]) => string]> = [
    ['blank-line', (...fields) => blankDump(...HEADER, 'Mar 14', ...fields)],
    ['one-line', (first, ...rest) => lineDump(first!, ...rest)],
  ];
  test.each(layouts)('takes `Submitted by <handle>` glued onto the end of a title off it, with a warning (%s layout)', (_, dump) => {
    const result = parse(dump('Folded Ropes', abstract('ropes'), 'Sparse AdaptersSubmitted by alice-w', abstract('adapters'), 'Paper Cranes', abstract('cranes')));
    expect(result.entries.map((e) => e.title)).toEqual(['Folded Ropes', 'Sparse Adapters', 'Paper Cranes']);
    expect(result.warnings.map(formatProblem)).toContainEqual(expect.stringMatching(/^d\.txt:\d+: removed the page's `Submitted by alice-w` glued onto the end of the title `Sparse Adapters`/));
  });
  test.each(layouts)('takes `Submitted by <handle>` after a tab at the end of a title off it, with a warning (%s layout)', (_, dump) => {
    const result = parse(dump('Folded Ropes', abstract('ropes'), 'Sparse Adapters\tSubmitted by alice-w', abstract('adapters'), 'Paper Cranes', abstract('cranes')));
    expect(result.entries.map((e) => e.title)).toEqual(['Folded Ropes', 'Sparse Adapters', 'Paper Cranes']);
    expect(result.warnings.map(formatProblem)).toContainEqual(expect.stringMatching(/^d\.txt:\d+: removed the page's `Submitted by alice-w` glued onto the end of the title `Sparse Adapters`/));
  });
  test.each(layouts.flatMap(([name, dump]) => ['\tView arXiv page', '\tView PDF', '\tGitHub', '\tAdd to collection', '\tarXiv page\tGitHub', 'View arXiv page', '\u00A0\tView PDF'].map((glued) => [name, glued, dump] as const)))('takes a card\'s link glued onto the end of an abstract off it, with a warning (%s layout, %j)', (_, glued, dump) => {
    const result = parse(dump('Folded Ropes', abstract('ropes'), 'Sparse Adapters', `${abstract('adapters')}${glued}`, 'Paper Cranes', abstract('cranes')));
    expect(result.entries.map((e) => e.abstract)).toEqual([abstract('ropes'), abstract('adapters'), abstract('cranes')]);
    expect(result.warnings.map(formatProblem).filter((w) => w.includes('glued onto the end'))).toEqual([expect.stringMatching(/^d\.txt:\d+: removed the page's `[^`]+`(?: and `[^`]+`)* glued onto the end of the abstract of `Sparse Adapters`/)]);
  });
  test('says it once for the dump, naming the first and how many', () => {
    const result = parse(blankDump(...HEADER, 'Mar 14', 'Folded RopesSubmitted by bzhang', `${abstract('ropes')}\tView arXiv page`, 'Sparse Adapters', `${abstract('adapters')}\tView arXiv page`));
    expect(result.entries.map((e) => [e.title, e.abstract])).toEqual([['Folded Ropes', abstract('ropes')], ['Sparse Adapters', abstract('adapters')]]);
    expect(result.warnings.map(formatProblem).filter((w) => w.includes('glued onto the end'))).toEqual([
      "d.txt:11: removed the page's `Submitted by bzhang` glued onto the end of the title `Folded Ropes` (a card's text, copied with it), and 2 more such from the end of titles and abstracts",
    ]);
  });
  test.each([
    ['spaced, the words may be the title\'s', 'Papers as Submitted by Reviewers'],
    ['a lowercase word glued on', 'Resubmitted by Design'],
    ['a real word', 'A Bird\'s-Eye View'],
    ['a word ending in the phrase, no capital', 'Preview PDF'],
  ])('keeps a title that ends in such words where no glue shows (%s: %j)', (_, title) => {
    const result = parse(blankDump(...HEADER, 'Mar 14', title, abstract('one'), 'Folded Ropes', abstract('ropes')));
    expect(result.entries.map((e) => e.title)).toEqual([title, 'Folded Ropes']);
    expect(result.warnings.map(formatProblem).filter((w) => w.includes('glued onto the end'))).toEqual([]);
  });
  test('keeps an abstract that ends in the words, spaced', () => {
    const own = 'We release the code on GitHub. Our results are summarised in the arXiv page';
    expect(parse(blankDump(...HEADER, 'Mar 14', 'Folded Ropes', own, 'Paper Cranes', abstract('cranes'))).entries[0]!.abstract).toBe(own);
  });
});

describe('parseListing: a card\'s furniture glued onto the start of a title or an abstract, a bare link or a vote count onto its end', () => {
  /** Both layouts: blank-line blocks under a date line, and one line per field. */
  const layouts: Array<[string, (...fields: string[]) => string]> = [
    ['blank-line', (...fields) => blankDump(...HEADER, 'Mar 14', ...fields)],
    ['one-line', (first, ...rest) => lineDump(first!, ...rest)],
  ];
  const gluedWarnings = (result: ReturnType<typeof parse>) => result.warnings.map(formatProblem).filter((w) => /glued onto the (?:start|end)/u.test(w));
  /** The abstract of `topic` with its last full stop replaced by `end`. */
  const ending = (topic: string, end: string) => abstract(topic).replace(/\.$/u, end);
  const cases = <T extends string[]>(...glued: T[]) => layouts.flatMap(([name, dump]) => glued.map((g) => [name, ...g, dump] as const));

  test.each(cases(['Sparse AdaptersGitHub 1.2k', 'GitHub 1.2k'], ['Sparse AdaptersGitHub', 'GitHub']))('takes a link glued with no space onto the end of a title off it, with a warning (%s layout, %j)', (_, title, furniture, dump) => {
    const result = parse(dump('Folded Ropes', abstract('ropes'), title, abstract('adapters'), 'Paper Cranes', abstract('cranes')));
    expect(result.entries.map((e) => e.title)).toEqual(['Folded Ropes', 'Sparse Adapters', 'Paper Cranes']);
    expect(gluedWarnings(result)).toEqual([`d.txt:${result.entries[1]!.line}: removed the page's \`${furniture}\` glued onto the end of the title \`Sparse Adapters\` (a card's text, copied with it)`]);
  });
  test.each(cases(['.GitHub 1.2k', 'GitHub 1.2k'], ['.GitHub', 'GitHub'], ['GitHub', 'GitHub'], ['.PDF', 'PDF']))('takes a link glued with no space onto the end of an abstract off it, with a warning (%s layout, %j)', (_, end, furniture, dump) => {
    const result = parse(dump('Folded Ropes', abstract('ropes'), 'Sparse Adapters', ending('adapters', end), 'Paper Cranes', abstract('cranes')));
    expect(result.entries.map((e) => e.abstract)).toEqual([abstract('ropes'), end.startsWith('.') ? abstract('adapters') : ending('adapters', ''), abstract('cranes')]);
    expect(gluedWarnings(result)).toEqual([`d.txt:${result.entries[1]!.abstractLine}: removed the page's \`${furniture}\` glued onto the end of the abstract of \`Sparse Adapters\` (a card's text, copied with it)`]);
  });
  test.each(cases(['Submitted by alice-wSparse Adapters', 'Submitted by alice-w'], ['Upvote 42Sparse Adapters', 'Upvote 42'], ['Submitted by alice-w\tSparse Adapters', 'Submitted by alice-w'], ['Add to collectionSparse Adapters', 'Add to collection']))('takes furniture glued onto the start of a title off it, with a warning (%s layout, %j)', (_, title, furniture, dump) => {
    const result = parse(dump('Folded Ropes', abstract('ropes'), title, abstract('adapters'), 'Paper Cranes', abstract('cranes')));
    expect(result.entries.map((e) => [e.title, e.abstract])).toEqual([['Folded Ropes', abstract('ropes')], ['Sparse Adapters', abstract('adapters')], ['Paper Cranes', abstract('cranes')]]);
    expect(gluedWarnings(result)).toEqual([`d.txt:${result.entries[1]!.line}: removed the page's \`${furniture}\` glued onto the start of the title \`Sparse Adapters\` (a card's text, copied with it)`]);
  });
  test.each(cases(['View arXiv page', 'View arXiv page'], ['View arXiv page\t', 'View arXiv page'], ['arXiv page', 'arXiv page'], ['View PDF', 'View PDF']))('takes a card\'s link glued onto the start of an abstract off it, with a warning (%s layout, %j)', (_, start, furniture, dump) => {
    const result = parse(dump('Folded Ropes', abstract('ropes'), 'Sparse Adapters', `${start}${abstract('adapters')}`, 'Paper Cranes', abstract('cranes')));
    expect(result.entries.map((e) => e.abstract)).toEqual([abstract('ropes'), abstract('adapters'), abstract('cranes')]);
    expect(gluedWarnings(result)).toEqual([`d.txt:${result.entries[1]!.abstractLine}: removed the page's \`${furniture}\` glued onto the start of the abstract of \`Sparse Adapters\` (a card's text, copied with it)`]);
  });
  test.each(cases(['.127', '127'], ['!42', '42'], ['.1,204', '1,204']))('takes a vote count glued after the end of an abstract off it, with a warning (%s layout, %j)', (_, end, count, dump) => {
    const result = parse(dump('Folded Ropes', abstract('ropes'), 'Sparse Adapters', ending('adapters', end), 'Paper Cranes', abstract('cranes')));
    expect(result.entries.map((e) => e.abstract)).toEqual([abstract('ropes'), ending('adapters', end.slice(0, 1)), abstract('cranes')]);
    expect(gluedWarnings(result)).toEqual([`d.txt:${result.entries[1]!.abstractLine}: removed the page's vote count \`${count}\` glued onto the end of the abstract of \`Sparse Adapters\` (a card's text, copied with it)`]);
  });
  test.each(cases(['Submitted by NielsRoggeSparse Adapters', 'NielsRogge'], ['Submitted by akhaliqDeepSeek: An Audit', 'akhaliq']))('ends a handle glued onto the start of a title where a handle the dump shows on a line of its own ends (%s layout, %j)', (_, title, handle, dump) => {
    const result = parse(dump('Folded Ropes', `Submitted by ${handle}`, abstract('ropes'), title, abstract('adapters'), 'Paper Cranes', 'Submitted by', 'Niels', abstract('cranes')));
    expect(result.errors.map(formatProblem)).toEqual([]);
    const rest = title.replace(`Submitted by ${handle}`, '');
    expect(result.entries.map((e) => e.title)).toEqual(['Folded Ropes', rest, 'Paper Cranes']);
    expect(gluedWarnings(result)).toEqual([`d.txt:${result.entries[1]!.line}: removed the page's \`Submitted by ${handle}\` glued onto the start of the title \`${rest}\` (a card's text, copied with it)`]);
  });
  test.each(cases(['Submitted by NielsRoggeSparse Adapters', '`Niels` or `NielsRogge`'], ['Submitted by akhaliqDeepSeek: An Audit', '`akhaliq` or `akhaliqDeep`']))('stops where a handle glued onto the start of a title may end in more than one place and the dump shows no such handle (%s layout, %j)', (_, title, ends, dump) => {
    const text = dump('Folded Ropes', abstract('ropes'), title, abstract('adapters'), 'Paper Cranes', abstract('cranes'));
    const line = text.split('\n').findIndex((l) => l.endsWith(title)) + 1;
    expect(errors(text)).toContainEqual(`d.txt:${line}: cannot tell where the handle ends in the page's \`${title.split(' ').slice(0, 3).join(' ').replace(/:$/u, '')}\` glued onto the start of the line \`${title}\`: it may end after ${ends}, and the dump shows neither on a line of its own; expected the title on a line of its own: put it on the next line, or remove \`Submitted by <handle>\` from the line`);
  });
  test.each(['Submitted by alice-wSparse Adapters', 'Upvote 42Sparse Adapters', 'Add to collectionSparse Adapters'])('takes furniture glued onto the start of the first title off it behind the page\'s `Subscribe` of the one-line layout (%j)', (title) => {
    const result = parse(lineDump(title, abstract('adapters'), 'Paper Cranes', abstract('cranes')));
    expect(result.entries.map((e) => e.title)).toEqual(['Sparse Adapters', 'Paper Cranes']);
    expect(result.warnings.map(formatProblem).filter((w) => w.includes('glued onto'))).toEqual([
      `d.txt:3: removed the page's \`${title.replace('Sparse Adapters', '')}\` glued onto the start of the title \`Sparse Adapters\` (a card's text, copied with it)`,
      "d.txt:3: removed the page's `Subscribe` glued onto the first title `Sparse Adapters` (the page's button, copied with the title)",
    ]);
  });
  test('says it once for the dump, naming the first and how many, the start and the end of a tabbed card\'s line too', () => {
    const result = parse(blankDump(...HEADER, 'Mar 14', 'Upvote 42Folded Ropes', `${abstract('ropes')}127`, `Upvote 7\tSparse Adapters\t${abstract('adapters')}\tView PDF`, 'Paper Cranes', `View arXiv page${abstract('cranes')}`));
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => [e.title, e.abstract])).toEqual([['Folded Ropes', abstract('ropes')], ['Sparse Adapters', abstract('adapters')], ['Paper Cranes', abstract('cranes')]]);
    expect(gluedWarnings(result)).toEqual([
      "d.txt:11: removed the page's `Upvote 42` glued onto the start of the title `Folded Ropes` (a card's text, copied with it), and 3 more such from the start or the end of titles and abstracts",
    ]);
    const tabbed = parse(blankDump(...HEADER, 'Mar 14', 'Folded Ropes', abstract('ropes'), `Upvote 7\tSparse Adapters\t${abstract('adapters')}\tView PDF`, 'Paper Cranes', abstract('cranes')));
    expect(tabbed.entries.map((e) => [e.title, e.abstract])).toEqual([['Folded Ropes', abstract('ropes')], ['Sparse Adapters', abstract('adapters')], ['Paper Cranes', abstract('cranes')]]);
    expect(gluedWarnings(tabbed)).toEqual(["d.txt:15: removed the page's `Upvote 7` glued onto the start of the title `Sparse Adapters`, and `View PDF` onto the end of its abstract (a card's text, copied with it)"]);
  });
  test.each(cases(
    ['Sparse Adapters', 'We release the code on GitHub.'],
    ['Evaluating ChatPDF', abstract('chat')],
    ['Submitted by Design: Review Workflows', abstract('reviews')],
    ['Upvote 3DGS Splats', abstract('splats')],
    ['Upvote2Vec: Embedding Community Feedback', abstract('votes')],
    ['Upvote4All: Fair Ranking of Forum Answers', abstract('answers')],
    ['Round-Tripping Layouts from .DOCX to .PDF', abstract('layouts')],
    ['Sparse Adapters', ending('adapters', ' and export each page as .PDF')],
    ['Sparse Adapters', ending('adapters', ' in Section 4.2')],
    ['Sparse Adapters', ending('adapters', ' at p < 0.05')],
    ['Sparse Adapters', ending('adapters', ' as version 3.127')],
    ['Sparse Adapters', ending('adapters', ' as in Eq.3')],
    ['Sparse Adapters', ending('adapters', ' (Smith et al.2024')],
  ))('keeps a title and an abstract whose words may be their own where no glue shows (%s layout, %j, %j)', (_, title, own, dump) => {
    const result = parse(dump('Folded Ropes', abstract('ropes'), title, own, 'Paper Cranes', abstract('cranes')));
    expect(result.entries.map((e) => [e.title, e.abstract])).toEqual([['Folded Ropes', abstract('ropes')], [title, own], ['Paper Cranes', abstract('cranes')]]);
    expect(gluedWarnings(result)).toEqual([]);
  });
});

describe('parseListing: titles that look like page chrome', () => {
  const chromeTitles = ['New', 'Daily Papers', 'Subscribe', 'Get trending papers in your email inbox!', 'by AK and the research community'];

  test('are titles where a title stands, in the blank-line layout', () => {
    const fields = chromeTitles.flatMap((t, i) => [t, abstract(`topic ${i}`)]);
    const result = parse(blankDump(...HEADER, 'Mar 14', 'First Paper', abstract('first'), ...fields));
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => e.title)).toEqual(['First Paper', ...chromeTitles]);
    expect(result.entries.map((e) => e.abstract)).toEqual([abstract('first'), ...chromeTitles.map((_, i) => abstract(`topic ${i}`))]);
    expect(warnings(blankDump(...HEADER, 'Mar 14', 'New', abstract('novelty')))).toEqual(["d.txt:11: kept `New` as a title, as an abstract follows it, though it reads like page chrome"]);
  });

  test('are titles where a title stands, in the one-line layout', () => {
    expect(titles(lineDump('New', abstract('a'), 'Daily Papers', abstract('b'), 'Subscribe', abstract('c')))).toEqual(['New', 'Daily Papers', 'Subscribe']);
  });

  test('where an abstract stands under a title, are the page\'s with it: dropped, or the run stops where the chrome ends as a sentence', () => {
    const dropped = blankDump(...HEADER, 'Mar 14', 'One', abstract('one'), 'Load more', 'A Daily Digest', 'Keyword Spotting', abstract('spotting'));
    expect(parse(dropped).errors).toEqual([]);
    expect(titles(dropped)).toEqual(['One', 'Keyword Spotting']);
    expect(warnings(dropped)).toContainEqual(expect.stringMatching(/^d\.txt:15: dropped `Load more` and the line under it, `A Daily Digest` \(line 17\), as lines of the page/));
    for (const [title, chrome] of [['On Novelty', 'New.'], ['Newsletter Bandits', 'Subscribe!']]) {
      const doubtful = blankDump(...HEADER, 'Mar 14', 'One', abstract('one'), title!, chrome!, 'Keyword Spotting', abstract('spotting'));
      expect(errors(doubtful)).toEqual([expect.stringMatching(new RegExp(`^d\\.txt:15: cannot tell how \`${title}\` pairs with the lines around it`))]);
    }
  });

  test('are dropped with a warning between papers, where a title or abstract does not fit', () => {
    const text = blankDump('Mar 14', 'One', abstract('one'), 'Get trending papers in your email inbox once a day!', 'Two', abstract('two'), 'Daily Papers', 'Subscribe', 'Three', abstract('three'));
    expect(titles(text)).toEqual(['One', 'Two', 'Three']);
    expect(warnings(text)).toMatchInlineSnapshot(`
      [
        "d.txt:7: dropped \`Get trending papers in your email inbox once a day!\` as page chrome between papers (read as a title or abstract, it would leave the titles and abstracts after it unpaired)",
        "d.txt:13: dropped \`Daily Papers\` as page chrome between papers (read as a title or abstract, it would leave the titles and abstracts after it unpaired)",
        "d.txt:15: dropped \`Subscribe\` as page chrome between papers (read as a title or abstract, it would leave the titles and abstracts after it unpaired)",
      ]
    `);
  });

  test('one-word titles with one-sentence abstracts stay paired', () => {
    const text = blankDump(...HEADER, 'Mar 14', 'Tokenizers', 'Tokenizer choice matters more than model width does.', 'Grokking', 'Grokking needs weight decay to appear at all here.');
    expect(parse(text).entries.map((e) => [e.title, e.abstract])).toEqual([
      ['Tokenizers', 'Tokenizer choice matters more than model width does.'],
      ['Grokking', 'Grokking needs weight decay to appear at all here.'],
    ]);
    expect(warnings(text)).toEqual([]);
  });
});

describe('parseListing: known page chrome over a line of the page, never a paper', () => {
  const layouts = [
    ['blank-line blocks', blankDump],
    ['one line per field', (...fields: string[]) => fields.join('\n')],
  ] as const;
  /** Words the page shows over a line of its own: its buttons for more papers, its links to other pages, its header. */
  const chromeWords = ['Load more', 'Show all papers', 'Subscribe', 'Daily Papers', 'Next page', 'Trending Papers', 'Trending this week', 'Search any paper with AI'];
  /** Lines a page shows under such words, short as page lines are: no sentence, and sentences of under 80 characters. */
  const unfinished = ['Showing 5 of 48 papers', 'Papers the community upvoted the most over the last seven days'];
  const sentences = ['Sign in to see the full list of papers.', 'Join the community to get daily recommendations of new papers!'];
  const papers = ['Sparse Adapters', abstract('adapters'), 'Graph Priors', abstract('priors')];
  /** Where the two lines stand in a dump with a date line. */
  const places: Array<[string, (pair: string[]) => string[]]> = [
    ['after the last paper', (pair) => ['Mar 14', ...papers, ...pair]],
    ['between papers', (pair) => ['Mar 14', ...papers.slice(0, 2), ...pair, ...papers.slice(2)]],
    ['under the date line', (pair) => ['Mar 14', ...pair, ...papers]],
  ];
  const cases = layouts.flatMap(([layout, join]) => places.flatMap(([place, at]) => chromeWords.map((chrome) => [chrome, place, layout, join, at] as const)));

  test.each(cases)('drops `%s` %s (%s) with the line under it when that line ends as no sentence, naming both', (chrome, _, __, join, at) => {
    for (const line of unfinished) {
      const text = join(...at([chrome, line]));
      const result = parse(text);
      expect(result.errors.map(formatProblem), text).toEqual([]);
      expect(result.entries.map((e) => e.title), text).toEqual(['Sparse Adapters', 'Graph Priors']);
      expect(warnings(text), text).toContainEqual(expect.stringMatching(new RegExp(`^d\\.txt:\\d+: dropped \`${chrome}\` and the line under it, \`${line}\` \\(line \\d+\\), as lines of the page`)));
    }
  });

  test.each(cases)('stops at `%s` %s (%s) over a short line that ends as a sentence: a paper or the page, it cannot tell', (chrome, _, __, join, at) => {
    for (const line of sentences) {
      const text = join(...at([chrome, line]));
      expect(errors(text), text).toEqual([expect.stringMatching(new RegExp(`^d\\.txt:\\d+: cannot tell how \`${chrome}\` pairs with the lines around it: it reads equally well as`))]);
    }
  });

  test.each(layouts)('drops them above the first paper of a dump with no date line, or stops when the line ends as a sentence (%s)', (_, join) => {
    for (const chrome of chromeWords) {
      for (const header of [[], ['Get trending papers in your email inbox!']]) {
        const dropped = join(...header, chrome, unfinished[0]!, ...papers);
        expect(errors(dropped), dropped).toEqual([]);
        expect(titles(dropped), dropped).toEqual(['Sparse Adapters', 'Graph Priors']);
      }
      const doubtful = join(chrome, sentences[0]!, ...papers);
      expect(errors(doubtful), doubtful).toEqual([expect.stringMatching(new RegExp(`^d\\.txt:1: cannot tell how \`${chrome}\` pairs with the lines around it`))]);
    }
  });

  test.each(cases.filter(([, place]) => place !== 'between papers'))('drops a line of the page over `%s` %s (%s) with it, the two in the other order', (chrome, _, __, join, at) => {
    const text = join(...at(['Papers of the week', chrome]));
    expect(parse(text).errors.map(formatProblem), text).toEqual([]);
    expect(titles(text), text).toEqual(['Sparse Adapters', 'Graph Priors']);
    expect(warnings(text), text).toContainEqual(expect.stringMatching(new RegExp(`^d\\.txt:\\d+: dropped \`Papers of the week\` and the line under it, \`${chrome}\` \\(line \\d+\\), as lines of the page`)));
  });

  test.each(cases.filter(([, place]) => place === 'between papers'))('names a line it does not know over `%s` %s (%s) as a title with no abstract: a paper whose abstract the save lost stands so', (chrome, _, __, join, at) => {
    for (const line of ['Papers of the week', 'Graph Priors for Molecular Property Prediction']) {
      const text = join(...at([line, chrome]));
      expect(errors(text), text).toEqual([expect.stringMatching(new RegExp(`^d\\.txt:\\d+: title \`${line}\` has no abstract: expected an abstract line after it, found \`${chrome}\` \\(line \\d+\\), a line of the page`))]);
    }
  });

  test.each(layouts)('never publishes two lines of known chrome as a paper where every other reading breaks the pairs (%s): the run stops', (_, join) => {
    const text = join('new', 'Get trending papers in your email inbox!', 'Mar 14', 'Sign in to see the full list of papers.', ...papers);
    expect(errors(text), text).toEqual([expect.stringMatching(/^d\.txt:1: cannot tell how `new` pairs with the lines around it/)]);
  });

  test.each(layouts)('never publishes a line it does not know over known chrome under the date line, nor the chrome, whatever lines it does not know follow (%s): dropped, or the run stops', (_, join) => {
    const unknown = ['Top papers of the day', 'Browse by topic', 'Curated by the community'];
    for (const chrome of ['Subscribe', 'Load more', 'Get trending papers in your email inbox!']) {
      for (const lines of [[unknown[0]!, chrome], [unknown[0]!, chrome, unknown[1]!], [unknown[0]!, chrome, unknown[1]!, unknown[2]!]]) {
        const text = join('Mar 14', ...lines, ...papers);
        const result = parse(text);
        if (result.errors.length === 0) expect(result.entries.map((e) => e.title), text).toEqual(['Sparse Adapters', 'Graph Priors']);
        else expect(result.errors.map(formatProblem).join('\n'), text).toMatch(/cannot tell how|has no abstract/);
      }
    }
  });

  test.each(layouts)('never publishes a file of nothing but them as a paper (%s): dropped, saying the file holds no papers, or the run stops', (_, join) => {
    for (const chrome of chromeWords) {
      for (const header of [[], ['Mar 14']]) {
        const dropped = parse(join(...header, chrome, unfinished[0]!));
        expect(dropped.errors, chrome).toEqual([]);
        expect(dropped.entries, chrome).toEqual([]);
        expect(dropped.warnings.map(formatProblem), chrome).toContainEqual(expect.stringContaining('holds no papers'));
      }
      // After other chrome, the line under it is a title with no abstract, as before.
      expect(errors(join('Get trending papers in your email inbox!', chrome, unfinished[0]!)), chrome).toEqual([expect.stringMatching(/^d\.txt:\d+: title `Showing 5 of 48 papers` has no abstract/)]);
      expect(errors(join(chrome, sentences[0]!)), chrome).toEqual([expect.stringMatching(/cannot tell how .* read as the page header, the file holds no papers$/)]);
    }
  });

  test.each(['Daily Papers', 'Trending Papers'])('drops the page\'s heading %j glued onto `Subscribe` in the one-line layout with the line under it, reading the papers after them', (heading) => {
    const text = ['Get trending papers in your email inbox!', `Subscribe${heading}`, 'Search papers by title', ...papers].join('\n');
    expect(parse(text).errors).toEqual([]);
    expect(titles(text)).toEqual(['Sparse Adapters', 'Graph Priors']);
    expect(warnings(text)).toEqual([`d.txt:2: dropped \`${heading}\` and the line under it, \`Search papers by title\` (line 3), as lines of the page (read as a paper, one of them reads like page chrome and its abstract is 22 characters that end as no sentence)`]);
    // Glued onto page chrome, the word changed no paper's text: nothing to count.
    expect(parse(text).altered.subscribe).toBe(0);
  });

  test('still reads a paper titled like page chrome over an abstract longer than a line of the page, or one that is an abstract', () => {
    const text = blankDump('Mar 14', 'Load more', `${unfinished[1]!} and the many more the community reads`, 'Next page', abstract('paging'), ...papers);
    expect(parse(text).errors).toEqual([]);
    expect(titles(text)).toEqual(['Load more', 'Next page', 'Sparse Adapters', 'Graph Priors']);
  });

  test('keeps a last paper with a short abstract that is a sentence between a page-chrome line and the page\'s button for more papers; stops at one that is none', () => {
    const text = blankDump('Mar 14', ...papers, 'Show more', 'Tiny Lanterns', 'Work in progress, see the paper.', 'Load more', 'Showing 5 of 48 papers');
    expect(parse(text).errors).toEqual([]);
    expect(titles(text)).toEqual(['Sparse Adapters', 'Graph Priors', 'Tiny Lanterns']);
    // Two lines of the page the ingest does not know read so too (`Join the community` over `Sign up for free`).
    expect(errors(text.replace('see the paper.', 'see the paper'))).toEqual([expect.stringMatching(/^d\.txt:\d+: `Tiny Lanterns` and the lines under it, to line \d+, read as a paper whose abstract is a few words that end as no sentence/)]);
  });
});

describe('parseListing: a vote button glued onto titles', () => {
  test('takes `Upvote` (and its count) glued onto the end of a title off it, with one warning for the dump', () => {
    const result = parse(blankDump(...HEADER, 'Mar 14', 'Sparse LanternsUpvote', abstract('lanterns'), 'Folded Ropes', abstract('ropes'), 'Paper Cranes.Upvote 12', abstract('cranes')));
    expect(result.entries.map((e) => e.title)).toEqual(['Sparse Lanterns', 'Folded Ropes', 'Paper Cranes.']);
    expect(result.warnings.map(formatProblem)).toContain("d.txt:11: removed the page's `Upvote` glued onto the end of 2 titles, the first `Sparse LanternsUpvote`");
    expect(result.altered.votes).toBe(2);
  });

  test('takes off the vote count glued onto the start of every title of a dump, with a warning', () => {
    const result = parse(blankDump(...HEADER, 'Mar 14', '42Sparse Lanterns', abstract('lanterns'), '7Folded Ropes', abstract('ropes'), '1.2kPaper Cranes', abstract('cranes')));
    expect(result.entries.map((e) => e.title)).toEqual(['Sparse Lanterns', 'Folded Ropes', 'Paper Cranes']);
    expect(result.warnings.map(formatProblem)).toContain("d.txt:11: removed the vote count glued onto the start of every title of the dump (`42`, `7`, …)");
    expect(result.altered.votes).toBe(3);
  });

  test('takes off the vote counts of a dump whose every title has one, where a title starts in lowercase (iFlow) or the count cannot be told from it (3DGS)', () => {
    const papers = ['42Sparse Lanterns', '17Folded Ropes', '23iFlow: Invertible Flows', '54Token Merging', '8Paper Cranes', '123DGS-Lite'];
    const result = parse(blankDump(...HEADER, 'Mar 14', ...papers.flatMap((title, i) => [title, abstract(`topic ${i}`)])));
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => e.title)).toEqual(['Sparse Lanterns', 'Folded Ropes', 'iFlow: Invertible Flows', 'Token Merging', 'Paper Cranes', '123DGS-Lite']);
    expect(result.warnings.map(formatProblem)).toEqual([
      "d.txt:11: removed the vote count glued onto the start of every title of the dump (`42`, `17`, …)",
      "d.txt:31: kept the figures at the start of the title `123DGS-Lite` as they are: the page's vote count is glued onto every title of the dump, but where it ends in this one cannot be told (check the entry's title)",
    ]);
  });

  test('takes the vote counts off a short dump whose every title has one, one of them before a lowercase letter', () => {
    expect(titles(blankDump(...HEADER, 'Mar 14', '42Sparse Lanterns', abstract('lanterns'), '17Folded Ropes', abstract('ropes'), '23iFlow: Invertible Flows', abstract('flows')))).toEqual([
      'Sparse Lanterns',
      'Folded Ropes',
      'iFlow: Invertible Flows',
    ]);
  });

  test('takes no figures off titles that start with a model size, a unit or an ordinal', () => {
    expect(titles(blankDump(...HEADER, 'Mar 14', '4M-21: An Any-to-Any Model', abstract('a'), '7B Models Are Enough', abstract('b'), '6DoF Grasping', abstract('c')))).toEqual(['4M-21: An Any-to-Any Model', '7B Models Are Enough', '6DoF Grasping']);
    const votes = ['12Sparse Routing', '51st Place Solution', '7Dense Retrieval', '9Folded Ropes', '30Knots Hold'];
    expect(titles(blankDump(...HEADER, 'Mar 14', ...votes.flatMap((t, i) => [t, abstract(String(i))])))).toEqual(['Sparse Routing', '51st Place Solution', 'Dense Retrieval', 'Folded Ropes', 'Knots Hold']);
  });

  test('takes no figures off a few titles that start with them by chance', () => {
    expect(titles(blankDump(...HEADER, 'Mar 14', '4Real: Video Worlds', abstract('worlds'), '360Recon', abstract('recon'), '3D Gaussians', abstract('splats')))).toEqual(['4Real: Video Worlds', '360Recon', '3D Gaussians']);
  });

  test('takes off the vote count after every title of a dump of three or more (`Folded Ropes 7`), with a warning; not a title\'s own figures where others end in none', () => {
    const result = parse(blankDump(...HEADER, 'Mar 14', 'Sparse Lanterns 42', abstract('lanterns'), 'Llama 3 Adapters 7', abstract('llamas'), 'Paper Cranes 1.2k', abstract('cranes')));
    expect(result.entries.map((e) => e.title)).toEqual(['Sparse Lanterns', 'Llama 3 Adapters', 'Paper Cranes']);
    expect(result.warnings.map(formatProblem)).toContain('d.txt:11: removed the vote count after every title of the dump (`42`, `7`, …)');
    expect(result.altered.votes).toBe(3);
    // With the mark or icon a card shows the count beside, taken off with it.
    for (const mark of ['·', '•', '|', '▲', '⬆', '👍', '★', '–']) {
      expect(titles(blankDump(...HEADER, 'Mar 14', `Sparse Lanterns ${mark} 42`, abstract('lanterns'), `Llama 3 Adapters ${mark}7`, abstract('llamas'), `Paper Cranes ${mark} 1.2k`, abstract('cranes'))), mark).toEqual(['Sparse Lanterns', 'Llama 3 Adapters', 'Paper Cranes']);
    }
    expect(titles(blankDump(...HEADER, 'Mar 14', 'Sparse Lanterns 42', abstract('lanterns'), 'Llama 3', abstract('llamas'), 'Paper Cranes', abstract('cranes')))).toEqual(['Sparse Lanterns 42', 'Llama 3', 'Paper Cranes']);
    expect(titles(blankDump(...HEADER, 'Mar 14', 'Llama 3', abstract('lanterns'), 'Qwen 2', abstract('llamas')))).toEqual(['Llama 3', 'Qwen 2']);
    // Figures that tell titles apart are theirs.
    expect(titles(blankDump(...HEADER, 'Mar 14', 'Paper 1', abstract('one'), 'Paper 2', abstract('two'), 'Knots 3', abstract('three')))).toEqual(['Paper 1', 'Paper 2', 'Knots 3']);
  });

  test.each([
    ['versions', ['Llama 3', 'GPT 4', 'Gemma 3'], '`3`, `4`'],
    ['years', ['Findings of the Shared Task at SemEval 2025', 'The AI Index 2025', 'Overview of the NTIRE Challenge 2024'], '`2025`, `2025`'],
  ])('keeps figures after every title that each read as a title\'s own (%s), with a warning that says how to take them off', (_, own, shown) => {
    for (const dump of [(...f: string[]) => blankDump(...HEADER, 'Mar 14', ...f), (...f: string[]) => lineDump(f[0]!, ...f.slice(1))]) {
      const text = dump(...own.flatMap((title, i) => [title, abstract(String(i))]));
      const result = parse(text);
      expect(result.entries.map((e) => e.title)).toEqual(own);
      expect(result.warnings.map(formatProblem).filter((w) => w.includes('after every title'))).toEqual([
        `d.txt:${text.split('\n').findIndex((line) => line.endsWith(own[0]!)) + 1}: kept the figures after every title of the dump (${shown}, …) as the titles' own: each reads as a version or a year (\`Llama 3\`, \`SemEval 2025\`) as well as a vote count; if they are the page's vote counts, delete them from the dump`,
      ]);
      expect(result.altered.votes).toBe(0);
    }
  });

  test('takes a decimal after a title for no vote count (`Qwen 2.5`: a card shows `1.2k`, never `2.5`), so a title that ends in one keeps the figures of every title', () => {
    expect(titles(blankDump(...HEADER, 'Mar 14', 'Llama 3', abstract('llamas'), 'GPT 4', abstract('gpt'), 'Qwen 2.5', abstract('qwen')))).toEqual(['Llama 3', 'GPT 4', 'Qwen 2.5']);
  });

  test('takes off small counts after every title where one reads as no title\'s own figures, or an icon or a mark no title writes (`·`, `|`) stands before each', () => {
    expect(titles(blankDump(...HEADER, 'Mar 14', 'Sparse Lanterns 3', abstract('lanterns'), 'Folded Ropes 5', abstract('ropes'), 'Paper Cranes 12', abstract('cranes')))).toEqual(['Sparse Lanterns', 'Folded Ropes', 'Paper Cranes']);
    for (const icon of ['▲', '👍', '⭐', '🔥', '·', '•', '|']) {
      expect(titles(blankDump(...HEADER, 'Mar 14', `Sparse Lanterns ${icon} 3`, abstract('lanterns'), `Folded Ropes ${icon} 5`, abstract('ropes'), `Paper Cranes ${icon} 1`, abstract('cranes'))), icon).toEqual(['Sparse Lanterns', 'Folded Ropes', 'Paper Cranes']);
    }
  });

  test('leaves titles alone that start with figures when others do not, or end in a word of their own', () => {
    const text = blankDump(...HEADER, 'Mar 14', '3DGS Made Simple', abstract('splats'), 'Folded Ropes', abstract('ropes'), '4Real: Video Worlds', abstract('worlds'), 'Why We Upvote', abstract('votes'));
    expect(titles(text)).toEqual(['3DGS Made Simple', 'Folded Ropes', '4Real: Video Worlds', 'Why We Upvote']);
    expect(titles(blankDump(...HEADER, 'Mar 14', '3DGS Made Simple', abstract('splats'), '4DGen Worlds', abstract('worlds')))).toEqual(['3DGS Made Simple', '4DGen Worlds']);
  });
});

describe('parseListing: an arXiv id before each title (`[2503.01234] Sparse Adapters`), as a listing of ids shows it', () => {
  const TITLES = ['Sparse Lanterns', 'Folded Ropes', 'Paper Cranes'];
  test.each([
    ['in brackets', (i: number) => `[2503.0123${i}] `],
    ['in brackets with a version', (i: number) => `[2503.0123${i}v2] `],
    ['after `arXiv:`', (i: number) => `arXiv:2503.0123${i} `],
    ['after `arXiv:` in brackets, then a colon', (i: number) => `[arXiv:2503.0123${i}]: `],
    ['alone, then a dash', (i: number) => `2503.0123${i} - `],
  ] as const)('takes it off every title of a dump whose every title shows one, with one warning (%s)', (_, id) => {
    for (const count of [2, 3]) {
      const result = parse(blankDump(...HEADER, 'Mar 14', ...TITLES.slice(0, count).flatMap((title, i) => [`${id(i)}${title}`, abstract(title)])));
      expect(result.errors.map(formatProblem)).toEqual([]);
      expect(result.entries.map((e) => e.title)).toEqual(TITLES.slice(0, count));
      expect(result.warnings.map(formatProblem).filter((w) => w.includes('arXiv'))).toEqual([`d.txt:11: removed the arXiv id before every title of the dump (\`${id(0).trim()}\`, \`${id(1).trim()}\`, …): the listing's, not the titles' words`]);
      expect(result.altered.affixes).toBe(count);
    }
  });

  test.each([
    ['over each title', (i: number, title: string) => [`[2503.0123${i}]`, title, longAbstractOf(title)]],
    ['between each title and its abstract', (i: number, title: string) => [title, `[2503.0123${i}v2]`, longAbstractOf(title)]],
  ] as const)('drops it on a line of its own, in brackets, as a card\'s furniture (%s)', (_, card) => {
    for (const dump of [(...f: string[]) => blankDump(...HEADER, 'Mar 14', ...f), (...f: string[]) => lineDump(f[0]!, ...f.slice(1))]) {
      const result = parse(dump(...TITLES.flatMap((title, i) => card(i, title))));
      expect(result.errors.map(formatProblem)).toEqual([]);
      expect(result.entries.map((e) => [e.title, e.abstract])).toEqual(TITLES.map((title) => [title, longAbstractOf(title)]));
    }
  });

  test('keeps it where other titles show none, with a warning naming the first', () => {
    const result = parse(blankDump(...HEADER, 'Mar 14', 'Sparse Lanterns', abstract('lanterns'), '[2503.01231] Folded Ropes', abstract('ropes'), 'Paper Cranes', abstract('cranes')));
    expect(result.entries.map((e) => e.title)).toEqual(['Sparse Lanterns', '[2503.01231] Folded Ropes', 'Paper Cranes']);
    expect(result.warnings.map(formatProblem).filter((w) => w.includes('arXiv'))).toEqual(["d.txt:15: kept the arXiv id `[2503.01231]` at the start of the title `[2503.01231] Folded Ropes`: other titles of the dump show none, so it may be the title's own; if it is the listing's, delete it from the dump"]);
  });
});

/** The titles and the warnings that name `word` of a dump of two papers, `titled` the second, under a title that shows no listing's words. */
function besideAPlainTitle(titled: string, word: string): { titles: string[]; warnings: string[] } {
  const result = parse(blankDump(...HEADER, 'Mar 14', 'Sparse Lanterns', abstract('lanterns'), titled, abstract('ropes')));
  return { titles: result.entries.map((e) => e.title), warnings: result.warnings.map(formatProblem).filter((w) => w.includes(word)) };
}

/** The titles and the warnings that name `word` of a dump of `papers`, each a title and its abstract. */
function titlesOf(papers: readonly (readonly [string, string])[], word: string): { titles: string[]; warnings: string[] } {
  const result = parse(blankDump(...HEADER, 'Mar 14', ...papers.flat()));
  return { titles: result.entries.map((e) => e.title), warnings: result.warnings.map(formatProblem).filter((w) => w.includes(word)) };
}

/** The titles and the warnings that name `word` of a dump of papers titled `own`, each with an abstract that uses none of the titles' words. */
function ownTitles(own: readonly string[], word: string): { titles: string[]; warnings: string[] } {
  const result = parse(blankDump(...HEADER, 'Mar 14', ...own.flatMap((title, i) => [title, abstract(`own ${i}`)])));
  return { titles: result.entries.map((e) => e.title), warnings: result.warnings.map(formatProblem).filter((w) => w.includes(word)) };
}

describe('parseListing: the site\'s page title around each title (`Paper page - Sparse Adapters`, `Sparse Adapters - Hugging Face`), as a save of paper pages shows it', () => {
  const TITLES = ['Sparse Lanterns', 'Folded Ropes', 'Paper Cranes'];
  test.each([
    ['`Paper page - ` before', (t: string) => `Paper page - ${t}`, 'before', '`Paper page -`, `Paper page -`'],
    ['` - Hugging Face` after', (t: string) => `${t} - Hugging Face`, 'after', '`- Hugging Face`, `- Hugging Face`'],
    ['` | Hugging Face` after', (t: string) => `${t} | Hugging Face`, 'after', '`| Hugging Face`, `| Hugging Face`'],
  ] as const)('takes %s every title of a dump of two or more off, with one warning, in both layouts', (_, shown, where, first) => {
    for (const dump of [(...f: string[]) => blankDump(...HEADER, 'Mar 14', ...f), (...f: string[]) => lineDump(f[0]!, ...f.slice(1))]) {
      const result = parse(dump(...TITLES.flatMap((title) => [shown(title), abstract(title)])));
      expect(result.errors.map(formatProblem)).toEqual([]);
      expect(result.entries.map((e) => e.title)).toEqual(TITLES);
      expect(result.warnings.map(formatProblem).filter((w) => w.includes('page title'))).toEqual([expect.stringMatching(new RegExp(`^d\\.txt:\\d+: removed the site's page title ${where} every title of the dump \\(${first.replace(/[|]/gu, '\\|')}, …\\): the listing's, not the titles' words$`, 'u'))]);
    }
  });

  test('keeps it where other titles show none, with a warning', () => {
    expect(besideAPlainTitle('Paper page - Folded Ropes', 'page title')).toEqual({ titles: ['Sparse Lanterns', 'Paper page - Folded Ropes'], warnings: ["d.txt:15: kept the site's page title `Paper page -` at the start of the title `Paper page - Folded Ropes`: other titles of the dump show none, so it may be the title's own; if it is the listing's, delete it from the dump"] });
  });
});

describe('parseListing: the authors\' names after each title (`Sparse Adapters — A. Smith, B. Jones`), as a listing of papers with their authors shows them', () => {
  const TITLES = ['Sparse Lanterns', 'Folded Ropes', 'Paper Cranes'];
  const NAMES = ['A. Smith, B. Jones', 'Chen Wei and Dana Ortiz', 'E. Moreau et al.'];
  test.each(['—', '-', '–', '|', '·'])('takes them, after `%s`, off every title of a dump of two or more, with one warning, in both layouts', (mark) => {
    for (const dump of [(...f: string[]) => blankDump(...HEADER, 'Mar 14', ...f), (...f: string[]) => lineDump(f[0]!, ...f.slice(1))]) {
      const result = parse(dump(...TITLES.flatMap((title, i) => [`${title} ${mark} ${NAMES[i]!}`, abstract(title)])));
      expect(result.errors.map(formatProblem)).toEqual([]);
      expect(result.entries.map((e) => e.title)).toEqual(TITLES);
      expect(result.warnings.map(formatProblem).filter((w) => w.includes("authors' names"))).toEqual([expect.stringMatching(/^d\.txt:\d+: removed the authors' names after every title of the dump/u)]);
    }
  });

  test('keeps them where other titles show none, with a warning', () => {
    expect(besideAPlainTitle('Folded Ropes — A. Smith, B. Jones', "authors' names")).toEqual({ titles: ['Sparse Lanterns', 'Folded Ropes — A. Smith, B. Jones'], warnings: ["d.txt:15: kept the authors' names `— A. Smith, B. Jones` at the end of the title `Folded Ropes — A. Smith, B. Jones`: other titles of the dump show none, so it may be the title's own; if it is the listing's, delete it from the dump"] });
  });

  test('never takes a title\'s own dash clause off, though every title has one', () => {
    const own = ['BERT — Pre-training of Deep Bidirectional Transformers', 'Mamba - Linear-Time Sequence Modeling with Selective State Spaces', 'Sora — A Review on Background, Technology, Limitations, and Opportunities'];
    expect(ownTitles(own, "authors' names")).toEqual({ titles: own, warnings: [] });
  });

  test('never takes off a clause that reads as names but whose words its abstract uses as words, though every title has one', () => {
    const own = [
      ['Llama Notes — Open Foundation and Fine-Tuned Chat Models', 'We release open foundation models and fine-tuned chat models that hold up against closed ones on most benchmarks.'],
      ['Noise Schedules — Diffusion Models and Score Matching', 'We relate diffusion models to score matching and derive a schedule that halves the sampling steps at equal quality.'],
    ] as const;
    expect(titlesOf(own, "authors' names")).toEqual({ titles: own.map(([title]) => title), warnings: [] });
  });

  test('keeps them where one title shows none, with a warning that names that title, not one saying other titles show none', () => {
    const result = parse(blankDump(...HEADER, 'Mar 14',
      'Sparse Lanterns — Yu Long, Wei Chen', 'We study long sequences with sparse lanterns and show that a small adapter is enough on four benchmarks.',
      'Folded Ropes — A. Smith, B. Jones', abstract('ropes'),
      'Paper Cranes — C. Park, D. Lee', abstract('cranes')));
    expect(result.entries.map((e) => e.title)).toEqual(['Sparse Lanterns — Yu Long, Wei Chen', 'Folded Ropes — A. Smith, B. Jones', 'Paper Cranes — C. Park, D. Lee']);
    expect(result.warnings.map(formatProblem).filter((w) => w.includes("authors' names"))).toEqual([
      "d.txt:15: kept the authors' names `— A. Smith, B. Jones` at the end of the title `Folded Ropes — A. Smith, B. Jones`: 2 of the dump's 3 titles show such words, not `Sparse Lanterns — Yu Long, Wei Chen` (line 11), so they may be the titles' own; if they are the listing's, delete them from the dump",
    ]);
  });

  test('keeps, with a warning, a clause of two names joined by `and` after every title, where none shows an initial, `et al.` or a list: a title\'s own clause reads so', () => {
    const own = [
      ['Sampling Without Tears — Markov Chains and Monte Carlo', 'We revisit MCMC for posterior inference and show that an adaptive proposal halves the mixing time on standard benchmarks.'],
      ['Retrieval at Scale — Dense Passages and Sparse Indexes', 'We compare DPR with BM25 across twelve corpora and find that a hybrid wins on most of them at a modest extra cost.'],
    ] as const;
    expect(titlesOf(own, "authors' names")).toEqual({ titles: own.map(([title]) => title), warnings: [
      "d.txt:11: kept what may be the authors' names after every title of the dump (`— Markov Chains and Monte Carlo`, `— Dense Passages and Sparse Indexes`, …): none shows an initial, `et al.` or a list of names parted by commas, so they may be the titles' own words; if they are the listing's, delete them from the dump",
    ] });
  });
});

describe('parseListing: a venue\'s tag around each title (`Sparse Adapters (ICLR 2025)`, `[CVPR\'25] Sparse Adapters`), as a reading list shows it', () => {
  const TITLES = ['Sparse Lanterns', 'Folded Ropes', 'Paper Cranes'];
  test.each([
    ['after', (t: string, i: number) => `${t} ${['(ICLR 2025)', "[CVPR'25]", '(NeurIPS 2024 Spotlight)'][i]!}`],
    ['before', (t: string, i: number) => `${['[ACL 2025]', '[EMNLP Findings 2024]', "(ICML'24)"][i]!} ${t}`],
  ] as const)('takes it %s every title of a dump of two or more off, with one warning, in both layouts', (where, shown) => {
    for (const dump of [(...f: string[]) => blankDump(...HEADER, 'Mar 14', ...f), (...f: string[]) => lineDump(f[0]!, ...f.slice(1))]) {
      const result = parse(dump(...TITLES.flatMap((title, i) => [shown(title, i), abstract(title)])));
      expect(result.errors.map(formatProblem)).toEqual([]);
      expect(result.entries.map((e) => e.title)).toEqual(TITLES);
      expect(result.warnings.map(formatProblem).filter((w) => w.includes("venue's tag"))).toEqual([expect.stringMatching(new RegExp(`^d\\.txt:\\d+: removed a venue's tag ${where} every title of the dump`, 'u'))]);
    }
  });

  test('keeps it where other titles show none, with a warning, and never takes a title\'s own bracket off', () => {
    expect(besideAPlainTitle('Folded Ropes (ICLR 2025)', "venue's tag")).toEqual({ titles: ['Sparse Lanterns', 'Folded Ropes (ICLR 2025)'], warnings: ["d.txt:15: kept a venue's tag `(ICLR 2025)` at the end of the title `Folded Ropes (ICLR 2025)`: other titles of the dump show none, so it may be the title's own; if it is the listing's, delete it from the dump"] });
    const own = ['Sparse Lanterns (SL)', 'Folded Ropes (Extended Version)', '[Re] Paper Cranes', 'GPT-4 Technical Report (v2)'];
    expect(ownTitles(own, "venue's tag")).toEqual({ titles: own, warnings: [] });
  });

  test('never takes off a bracket whose number is no year (a model\'s size, a count of classes), though every title has one', () => {
    const own = ['Pruning Convolutional Networks (ResNet 50)', 'Quantising Large Language Models (LLaMA 65)', 'Benchmarking Classifiers (ImageNet 1000)'];
    expect(ownTitles(own, "venue's tag")).toEqual({ titles: own, warnings: [] });
  });
});

describe('parseListing: a footnote mark after each title (`Sparse Adapters†`), as a reading list or a paper\'s first page shows it', () => {
  test('takes it off every title of a dump of two or more, with one warning, and keeps it with a warning where other titles show none', () => {
    const result = parse(blankDump(...HEADER, 'Mar 14', 'Sparse Lanterns\u2020', abstract('lanterns'), 'Folded Ropes*', abstract('ropes'), 'Paper Cranes \u2021', abstract('cranes')));
    expect(result.entries.map((e) => e.title)).toEqual(['Sparse Lanterns', 'Folded Ropes', 'Paper Cranes']);
    expect(result.warnings.map(formatProblem).filter((w) => w.includes('footnote mark'))).toEqual([expect.stringMatching(/^d\.txt:11: removed a footnote mark after every title of the dump \(`†`, `\*`, …\)/u)]);
    expect(besideAPlainTitle('Folded Ropes\u2020', 'footnote mark')).toEqual({ titles: ['Sparse Lanterns', 'Folded Ropes\u2020'], warnings: ["d.txt:15: kept a footnote mark `†` at the end of the title `Folded Ropes†`: other titles of the dump show none, so it may be the title's own; if it is the listing's, delete it from the dump"] });
  });
});

describe('parseListing: the listing\'s words around the only title of a dump', () => {
  test.each([
    ['an arXiv id', '[2503.01231] Folded Ropes', 'the arXiv id `[2503.01231]` at the start'],
    ['the site\'s page title', 'Paper page - Folded Ropes', 'the site\'s page title `Paper page -` at the start'],
    ['the site\'s page title after it', 'Folded Ropes - Hugging Face', 'the site\'s page title `- Hugging Face` at the end'],
  ])('keeps %s, with a warning that says the title is the dump\'s only one, not that other titles show none', (_, title, kept) => {
    const result = parse(blankDump(...HEADER, 'Mar 14', title, abstract('ropes')));
    expect(result.entries.map((e) => e.title)).toEqual([title]);
    expect(result.warnings.map(formatProblem).filter((w) => w.startsWith('d.txt:11: kept'))).toEqual([
      `d.txt:11: kept ${kept} of the title \`${title}\`: it is the dump's only title, so nothing tells it from the title's own; if it is the listing's, delete it from the dump`,
    ]);
  });
});

describe('parseListing: the header and footer, by position', () => {
  test('never drops a first paper with a short abstract as page header, nor publishes page lines as one: where the two read alike, it stops naming the line', () => {
    for (const join of [(...f: string[]) => f.join('\n'), blankDump]) {
      const text = join('Tiny Probes for Reward Hacking', 'A short note on probing reward models', 'Folded Ropes', abstract('ropes'), 'Knots Hold', abstract('knots'));
      const result = parse(text);
      if (result.errors.length === 0) expect(titles(text)).toEqual(['Tiny Probes for Reward Hacking', 'Folded Ropes', 'Knots Hold']);
      else expect(result.errors.map(formatProblem)).toEqual([expect.stringMatching(/^d\.txt:1: cannot tell how `Tiny Probes for Reward Hacking` pairs with the lines around it/)]);
    }
  });

  test.each([
    ['one line per field', (lines: string[]) => lines.join('\n')],
    ['blank-line blocks', (lines: string[]) => lines.join('\n\n')],
  ])('stops, naming them, at two header lines it does not know before the first paper of a dump with no date line (%s), rather than publish them as a paper', (_, layout) => {
    const text = layout(['Get trending papers in your email inbox!', 'Subscribe', 'Picked by our editors', 'Top papers of the day', 'Tiny Lanterns', abstract('lanterns'), 'Folded Ropes', abstract('ropes')]);
    expect(parse(text).errors.map(formatProblem)).toEqual([
      expect.stringMatching(/^d\.txt:\d+: cannot tell how `Picked by our editors` pairs with the lines around it: it reads equally well as the page header or a title/),
    ]);
  });

  describe.each([
    ['one line per field', (lines: string[]) => lines.join('\n')],
    ['blank-line blocks', (lines: string[]) => lines.join('\n\n')],
  ])('any number of header lines it does not know above the first paper (%s)', (_, layout) => {
    const unknown = ['Top papers of the day', 'Picked by our editors', 'Browse by topic', 'Curated by the community', 'Fresh from arXiv'];
    const papers = ['Sparse Routing for Mixture Models', abstract('routing'), 'Folded Ropes', abstract('ropes')];
    const headers: Array<[string, string[]]> = [
      ['no header', []],
      ['known chrome', ['Get trending papers in your email inbox!', 'Subscribe']],
      ['a date line', ['Get trending papers in your email inbox!', 'Subscribe', 'Mar 14']],
    ];

    test.each(headers.flatMap(([name, header]) => [1, 2, 3, 4, 5].map((count) => [name, count, header] as const)))('are never published as a paper (%s, %i lines): dropped, or the run stops naming one of them', (_, count, header) => {
      const lines = unknown.slice(0, count);
      const result = parse(layout([...header, ...lines, ...papers]));
      if (result.errors.length === 0) expect(result.entries.map((e) => e.title)).toEqual(['Sparse Routing for Mixture Models', 'Folded Ropes']);
      else expect(result.errors.map(formatProblem).join('\n')).toMatch(new RegExp(lines.map((l) => `\`${l}\``).join('|')));
    });

    test.each([2, 3, 4, 5])('stop the run when %i of them stand above the first paper of a dump with no date line: two of them read as well as a paper', (count) => {
      for (const [name, header] of headers.slice(0, 2)) {
        const lines = unknown.slice(0, count);
        expect(errors(layout([...header!, ...lines, ...papers])), name).toEqual([expect.stringMatching(new RegExp(`^d\\.txt:\\d+: cannot tell how (${lines.map((l) => `\`${l}\``).join('|')}) pairs with the lines around it`))]);
      }
    });

    test('one of them alone above the first paper of a dump with no date line is dropped as the page header, as before', () => {
      for (const [name, header] of headers.slice(0, 2)) {
        const result = parse(layout([...header!, unknown[0]!, ...papers]));
        expect(result.errors, name).toEqual([]);
        expect(result.entries.map((e) => e.title), name).toEqual(['Sparse Routing for Mixture Models', 'Folded Ropes']);
      }
    });

    test.each([0, 1, 2, 3, 4])('never silently drop a real first paper with a short abstract under %i of them, with no date line', (count) => {
      for (const short of ['Small lights, rendered sparsely.', 'Small lights rendered sparsely']) {
        const text = layout([...unknown.slice(0, count), 'Tiny Lanterns', short, ...papers]);
        const result = parse(text);
        if (result.errors.length === 0) expect(result.entries.map((e) => e.title), text).toEqual(['Tiny Lanterns', 'Sparse Routing for Mixture Models', 'Folded Ropes']);
        else expect(result.errors.map(formatProblem).join('\n'), text).toMatch(/cannot tell how|has no abstract/);
      }
    });

    test.each([0, 1, 2, 3])('never silently drop a real first paper with a short abstract above known chrome under %i of them, with no date line', (count) => {
      for (const chrome of ['Load more', 'Subscribe', 'Daily Papers']) {
        const text = layout([...unknown.slice(0, count), 'Tiny Lanterns', 'Small lights rendered sparsely', chrome, ...papers]);
        const result = parse(text);
        if (result.errors.length === 0) expect(result.entries.map((e) => e.title), text).toEqual(['Tiny Lanterns', 'Sparse Routing for Mixture Models', 'Folded Ropes']);
        else expect(result.errors.map(formatProblem).join('\n'), text).toMatch(/cannot tell how|has no abstract/);
      }
    });

    test.each([0, 1])('keep a real first paper whose short abstract ends as a sentence under %i of them, with no date line', (count) => {
      const text = layout([...unknown.slice(0, count), 'Tiny Lanterns', 'Small lights, rendered sparsely.', ...papers]);
      expect(parse(text).errors).toEqual([]);
      expect(titles(text)).toEqual(['Tiny Lanterns', 'Sparse Routing for Mixture Models', 'Folded Ropes']);
    });

    test.each([2, 3, 4, 5])('never publish %i of them and nothing else as a paper: the run stops, saying the file then holds no papers', (count) => {
      for (const [name, header] of headers.slice(0, 2)) {
        expect(errors(layout([...header!, ...unknown.slice(0, count)])), name).toEqual([expect.stringMatching(/cannot tell how .* read as the page header, the file holds no papers$/)]);
      }
    });

    test('never take the end of the file for the end of an odd number of them where the last two lines read as no such paper: a real paper above a last title with no abstract is not dropped as the page header', () => {
      for (const [name, header] of headers.slice(0, 2)) {
        const result = parse(layout([...header!, 'Tiny Lanterns', 'Small lights, rendered sparsely.', 'Folded Ropes']));
        expect(result.errors.map(formatProblem), name).toEqual([expect.stringMatching(/^d\.txt:\d+: title `Folded Ropes` has no abstract/)]);
      }
    });
  });

  test.each([
    ['one line per field', (lines: string[]) => lines.join('\n')],
    ['blank-line blocks', (lines: string[]) => lines.join('\n\n')],
  ])('stops, naming them, at two lines it does not know under the date line or the day’s label (%s), as before a header without one, rather than publish them as a paper', (_, layout) => {
    for (const end of [['Mar 14'], ['Friday'], ['Mar 14', 'Friday'], ['Friday', 'Mar 14', '2025-W11']]) {
      const text = layout([...HEADER, ...end, 'Top papers of the day', 'Picked by our editors', 'Tiny Lanterns', abstract('lanterns'), 'Folded Ropes', abstract('ropes')]);
      expect(parse(text).errors.map(formatProblem), end.join()).toEqual([
        expect.stringMatching(/^d\.txt:\d+: cannot tell how `Top papers of the day` pairs with the lines around it: it reads equally well as the page header or a title/),
      ]);
    }
  });

  test('stops at one, three or four lines it does not know under the date line too, rather than drop some and publish two as a paper', () => {
    const lines = ['Trending', 'Top papers of the day', 'Picked by our editors', 'Browse by topic'];
    for (const count of [1, 3, 4]) {
      const text = blankDump(...HEADER, 'Mar 14', ...lines.slice(-count), 'Tiny Lanterns', abstract('lanterns'), 'Folded Ropes', abstract('ropes'));
      const result = parse(text);
      expect(result.errors.length, text).toBeGreaterThan(0);
      expect(result.errors.map(formatProblem).join('\n'), text).toMatch(new RegExp(lines.slice(-count).map((l) => `\`${l}\``).join('|')));
    }
  });

  test('never drops a first paper with a short abstract under the date line: one that ends as a sentence is a paper’s, one that does not stops the run naming it', () => {
    const kept = blankDump(...HEADER, 'Mar 14', 'Tiny Lanterns', 'Small lights, rendered sparsely.', 'Folded Ropes', abstract('ropes'));
    expect(parse(kept).errors).toEqual([]);
    expect(titles(kept)).toEqual(['Tiny Lanterns', 'Folded Ropes']);
    const doubtful = blankDump(...HEADER, 'Mar 14', 'Tiny Lanterns', 'Small lights rendered sparsely', 'Folded Ropes', abstract('ropes'));
    expect(errors(doubtful)).toEqual([expect.stringMatching(/^d\.txt:11: cannot tell how `Tiny Lanterns` pairs with the lines around it: it reads equally well as the page header or a title/)]);
  });

  test.each([
    ['one line per field', (lines: string[]) => lines.join('\n')],
    ['blank-line blocks', (lines: string[]) => lines.join('\n\n')],
  ])('never drops a first paper whose short abstract gives a link address as the page header, under the date line or with none (%s): an address among words is no line of the page', (_, layout) => {
    for (const title of ['Scaling Laws Revisited.', 'Scaling Laws Revisited']) {
      for (const header of [[...HEADER, 'Mar 14'], ['Get trending papers in your email inbox!'], []]) {
        const result = parse(layout([...header, title, 'Scaling works, see https://example.org/scaling', 'Folded Ropes', abstract('ropes')]));
        expect(result.errors.map(formatProblem), `${title} ${header.join()}`).toEqual([]);
        expect(result.entries.map((e) => [e.title, e.abstract]), `${title} ${header.join()}`).toEqual([
          [title, 'Scaling works, see https://example.org/scaling'],
          ['Folded Ropes', abstract('ropes')],
        ]);
      }
    }
  });

  test('still reads a paper under the date line whose title reads like a line of the page, when its abstract is an abstract', () => {
    const text = blankDump(...HEADER, 'Mar 14', 'Top Papers of the Day', abstract('rankings'), 'Folded Ropes', abstract('ropes'));
    expect(parse(text).errors).toEqual([]);
    expect(titles(text)).toEqual(['Top Papers of the Day', 'Folded Ropes']);
  });

  test.each([
    ['one line per field', (lines: string[]) => lines.join('\n')],
    ['blank-line blocks', (lines: string[]) => lines.join('\n\n')],
  ])('never publishes a page of header lines it does not know and no papers as a paper (%s): two lines stop the run, saying the file then holds no papers; one is a title with no abstract, as before', (_, layout) => {
    for (const header of [[], ['Subscribe'], ['Mar 14']]) {
      const two = parse(layout([...header, 'Picked by our editors', 'Top papers of the day']));
      expect(two.errors.map(formatProblem), header.join()).toEqual([
        expect.stringMatching(/^d\.txt:\d+: cannot tell how `Picked by our editors` pairs with the lines around it: it reads equally well as the page header or a title; expected titles and abstracts to alternate \(check the lines around it\); read as the page header, the file holds no papers$/),
      ]);
    }
    for (const header of [[], ['Mar 14']]) {
      expect(errors(layout([...header, 'Picked by our editors'])), header.join()).toEqual([expect.stringMatching(/^d\.txt:\d+: title `Picked by our editors` has no abstract: expected an abstract line after it, found the end of the file$/)]);
    }
  });

  test('still reads a file of one paper whose short abstract ends as a sentence as that paper', () => {
    expect(titles(blankDump('Tiny Lanterns', 'Small lights, rendered sparsely.'))).toEqual(['Tiny Lanterns']);
    expect(titles(blankDump('Mar 14', 'Tiny Lanterns', 'Small lights, rendered sparsely.'))).toEqual(['Tiny Lanterns']);
  });

  test('still reads a dump of papers with short abstracts and no header as papers', () => {
    expect(titles(['Folded Ropes', 'Ropes fold.', 'Knots Hold', 'Knots hold.', 'Paper Cranes', 'Cranes fold.'].join('\n'))).toEqual(['Folded Ropes', 'Knots Hold', 'Paper Cranes']);
    expect(titles(blankDump('Folded Ropes', 'Ropes fold.', 'Knots Hold', 'Knots hold.'))).toEqual(['Folded Ropes', 'Knots Hold']);
  });

  test('warns about an abstract under 50 characters among abstracts of papers: a line of the page may have been read as a paper', () => {
    const long = (topic: string) => `${abstract(topic)} ${abstract(`more ${topic}`)}`;
    const text = blankDump(...HEADER, 'Mar 14', 'Tiny Lanterns', long('lanterns'), 'Want more papers?', 'Sign in to see the full list of trending papers.', 'Folded Ropes', long('ropes'));
    expect(titles(text)).toEqual(['Tiny Lanterns', 'Want more papers?', 'Folded Ropes']);
    expect(warnings(text)).toContain(
      'd.txt:17: the abstract of `Want more papers?` is only 48 characters long; kept it (abstracts of papers are rarely under 100 characters: check that `Want more papers?` is a paper, not a line of the page)',
    );
  });

  test('warns about a banner of a sentence or two between papers too, under 100 characters, but not about a short abstract among short ones', () => {
    const long = (topic: string) => `${abstract(topic)} ${abstract(`more ${topic}`)}`;
    const banner = 'Sign in to see the full list of trending papers, and get them in your inbox.';
    const text = blankDump(...HEADER, 'Mar 14', 'Tiny Lanterns', long('lanterns'), 'Want more papers like these?', banner, 'Folded Ropes', long('ropes'));
    expect(warnings(text).filter((w) => w.includes('characters long; kept it'))).toEqual([expect.stringContaining('the abstract of `Want more papers like these?` is only 76 characters long')]);
    expect(warnings(blankDump(...HEADER, 'Mar 14', 'Tiny Lanterns', abstract('lanterns'), 'Folded Ropes', 'Ropes fold into knots under load.')).filter((w) => w.includes('characters long; kept it'))).toEqual([]);
  });

  test('drops unknown lines before the date line as page header, with a warning', () => {
    const text = blankDump('New', 'Subscribed', 'Daily Papers', 'Search papers', 'Mar 14', 'One', abstract('one'), 'Two', abstract('two'));
    expect(parse(text).date).toBe('Mar 14');
    expect(titles(text)).toEqual(['One', 'Two']);
    expect(warnings(text)).toEqual([
      'd.txt:3: dropped `Subscribed` as part of the page header (it comes before the date line `Mar 14`)',
      'd.txt:7: dropped `Search papers` as part of the page header (it comes before the date line `Mar 14`)',
    ]);
  });

  test.each(['Today', 'Yesterday', 'Friday', 'Fri.', '2025-W11', '2025 W11', '2025W11', '2025\u2013W11'])(
    'reads %j after the page chrome as the label of the day, which ends the page header, never as the abstract of a paper titled Subscribe',
    (line) => {
      const text = blankDump('Get trending papers in your email inbox!', 'Subscribe', line, 'Tiny Lanterns', abstract('lanterns'), 'Folded Ropes', abstract('ropes'));
      expect(parse(text).errors).toEqual([]);
      expect(titles(text)).toEqual(['Tiny Lanterns', 'Folded Ropes']);
      expect(parse(text).date).toBeUndefined();
    },
  );

  test.each(['14/03', '03-14', '10:00', '14/03 10:00'])('drops %j, figures with a date’s or a time’s marks, as a line that is not a title or abstract', (line) => {
    const text = blankDump('Get trending papers in your email inbox!', 'Subscribe', line, 'Tiny Lanterns', abstract('lanterns'), 'Folded Ropes', abstract('ropes'));
    expect(parse(text).errors).toEqual([]);
    expect(titles(text)).toEqual(['Tiny Lanterns', 'Folded Ropes']);
    expect(warnings(text)).toEqual([`d.txt:5: dropped a line that is not a title or abstract (numbers and symbols, "Submitted by", author, vote and comment counts, labels and links), the first \`${line}\``]);
  });

  test.each(['24/7', '10:00', '3/4'])('reads %j, figures right over an abstract, as the first title of a dump with no date line, as it does a count (`1984`)', (line) => {
    for (const header of [HEADER, ['Get trending papers in your email inbox!', 'Subscribe']]) {
      const text = blankDump(...header, line, abstract('always'), 'Folded Ropes', abstract('ropes'));
      expect(parse(text).errors).toEqual([]);
      expect(titles(text)).toEqual([line, 'Folded Ropes']);
      expect(warnings(text).filter((w) => w.includes(`\`${line}\``))).toEqual([
        expect.stringContaining(`kept \`${line}\` as a title, as an abstract follows it, though it reads like a time or a day's label (is a title missing above its abstract?)`),
      ]);
    }
  });

  test.each(['W11 2025', 'W11-2025'])('gives %j, an ISO week written week first, as the listing’s day label, never taking the first title into the page header', (line) => {
    // A first title as long as a short abstract: read under an unread line, it would be that line's abstract.
    const first = 'Learning Sparse Adapters from Very Few Labelled Examples';
    const result = parse(blankDump(...HEADER, line, first, abstract('adapters'), 'Folded Ropes', abstract('ropes')));
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.entries.map((e) => e.title)).toEqual([first, 'Folded Ropes']);
    expect(result.dayLabels).toEqual([{ text: line, line: 9 }]);
  });

  test.each(['Mar 14, 2025 \u00B7 77 papers', 'Mar 14, 2025 | 12 papers', 'Mar 14, 2025 (77 papers)', 'March 14, 2025 \u2014 1 paper'])('reads %j, a date line with the day’s count of papers after it, as the listing’s date line', (line) => {
    const first = 'Learning Sparse Adapters from Very Few Labelled Examples';
    for (const text of [blankDump(...HEADER, line, first, abstract('adapters'), 'Folded Ropes', abstract('ropes')), [...HEADER, line, first, abstract('adapters'), 'Folded Ropes', abstract('ropes')].join('\n')]) {
      const result = parse(text);
      expect(result.errors.map(formatProblem)).toEqual([]);
      expect(result.entries.map((e) => e.title)).toEqual([first, 'Folded Ropes']);
      expect(result.date).toBe(line);
    }
  });

  test('names a line like a date it cannot read, where the first title went under it, as the listing’s date line in a form not understood, saying which forms are', () => {
    const first = 'Learning Sparse Adapters from Very Few Labelled Examples';
    expect(errors(blankDump(...HEADER, 'Wk 11 of 2025', first, abstract('adapters'), 'Folded Ropes', abstract('ropes')))).toMatchInlineSnapshot(`
      [
        "d.txt:9: \`Wk 11 of 2025\` ends the page header as a date line does, but is not in a form read as a date, so the lines under it read shifted (\`Learning Sparse Adapters from Very Few …\` at line 11 as its abstract, and \`We study adapters and ask whether a sma…\` at line 13 with no title); expected the listing's date line in a form the ingest reads: \`Mar 14\`, \`March 14, 2025\`, \`14 Mar 2025\`, \`2025-03-14\`, \`14.03.2025\`, \`3/14/2025\`, a time or a count of papers after one (\`Mar 14, 2025 · 77 papers\`), or a day's label: \`Friday\`, \`14/03\`, an ISO week \`2025-W11\`; write it so, or delete the line",
      ]
    `);
  });

  test('never names a first title with a year in it as an unread date line when the text under it is its abstract, a sentence: a paragraph with no title under it is named as such', () => {
    // A dump with no date line (dated by --date), its first paper's abstract in two paragraphs: nothing read shifted.
    const text = blankDump(...HEADER, 'ImageNet 2012 Revisited', abstract('adapters'), 'A second paragraph of that abstract, which goes on without a title of its own.', 'Folded Ropes', abstract('ropes'));
    expect(errors(text)).toEqual([
      'd.txt:13: expected a title, found `A second paragraph of that abstract, which goes on without …` (78 characters), which has no title before it; is a title missing, or is it a further paragraph of the abstract above? (add the title, or join the paragraph to that abstract)',
    ]);
  });

  test.each(['14/03', 'Friday', '2025-W11', '2025 W11', '2025W11', 'Today'])('gives %j, a day’s label the header ends with, as the listing’s day label, which is checked against its day', (line) => {
    const result = parse(blankDump('Get trending papers in your email inbox!', 'Subscribe', line, 'Tiny Lanterns', abstract('lanterns'), 'Folded Ropes', abstract('ropes')));
    expect(result.date).toBeUndefined();
    expect(result.dayLabels, line).toEqual(line === 'Today' ? undefined : [{ text: line, line: 5 }]);
  });

  test.each([
    ['Mar 14', 'Friday'],
    ['Friday', 'Mar 14'],
    ['Mar 14', '2025-W11'],
    ['Today', 'Mar 14'],
  ])('reads %j and %j, a date line and a day’s label on lines of their own, as the end of the page header, in either layout', (first, second) => {
    const pairs = ['Tiny Lanterns', abstract('lanterns'), 'Folded Ropes', abstract('ropes')];
    for (const text of [blankDump(...HEADER, first, second, ...pairs), [...HEADER, first, second, ...pairs].join('\n')]) {
      const result = parse(text);
      expect(result.errors.map(formatProblem), text).toEqual([]);
      expect(result.entries.map((e) => e.title)).toEqual(['Tiny Lanterns', 'Folded Ropes']);
      expect(result.date).toBe('Mar 14');
    }
  });

  test.each([['Mar 14', 'Friday'], ['Friday', 'Mar 14']])('reads %j and %j in one block as the date line, its weekday read past', (first, second) => {
    const result = parse(blankDump(...HEADER, `${first}\n${second}`, 'Tiny Lanterns', abstract('lanterns'), 'Folded Ropes', abstract('ropes')));
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.entries.map((e) => e.title)).toEqual(['Tiny Lanterns', 'Folded Ropes']);
    expect(result.date).toBe(`${first} ${second}`);
  });

  test('gives the weekday under the date line as the day’s label, so that it is checked against the day', () => {
    const result = parse([...HEADER, 'Mar 14', 'Friday', 'Tiny Lanterns', abstract('lanterns'), 'Folded Ropes', abstract('ropes')].join('\n'));
    expect(result.dayLabels).toEqual([{ text: 'Friday', line: 6 }]);
    expect(result.warnings.map(formatProblem)).toContain('d.txt:6: dropped `Friday` as part of the page header (it comes after the date line `Mar 14`)');
  });

  test('still reads a paper titled like a day’s label under the date line as a paper', () => {
    const text = [...HEADER, 'Mar 14', 'Today', abstract('today'), 'Folded Ropes', abstract('ropes')].join('\n');
    expect(parse(text).errors.map(formatProblem)).toEqual([]);
    expect(titles(text)).toEqual(['Today', 'Folded Ropes']);
  });

  test('takes the day’s label from the line the header ends with, not a weekday higher up (a calendar’s)', () => {
    const result = parse(blankDump('Get trending papers in your email inbox!', 'Monday', 'Subscribe', '14/03', 'Tiny Lanterns', abstract('lanterns'), 'Folded Ropes', abstract('ropes')));
    expect(result.dayLabels).toEqual([{ text: '14/03', line: 7 }]);
    expect(parse(blankDump('Get trending papers in your email inbox!', 'Monday', 'Subscribe', 'Tiny Lanterns', abstract('lanterns'), 'Folded Ropes', abstract('ropes'))).dayLabels).toBeUndefined();
    // A calendar's weekdays right above the date line: only the one next to it can be the day's.
    const calendar = parse(blankDump('Get trending papers in your email inbox!', 'Wednesday', 'Thursday', 'Friday', 'Mar 14', 'Tiny Lanterns', abstract('lanterns'), 'Folded Ropes', abstract('ropes')));
    expect(calendar.dayLabels).toEqual([{ text: 'Friday', line: 7 }]);
  });

  const LABELS = ['Friday', 'Mar 14', '2025-W11'];
  const orders = LABELS.flatMap((a) => LABELS.filter((b) => b !== a).map((b) => [a, b, LABELS.find((c) => c !== a && c !== b)!]));
  test.each(orders)('reads %j, %j and %j, a date line with a weekday and an ISO week on lines of their own, in any order, as the end of the page header, and gives both labels to be checked against the day', (...order) => {
    const pairs = ['Tiny Lanterns', abstract('lanterns'), 'Folded Ropes', abstract('ropes')];
    for (const text of [blankDump(...HEADER, ...order, ...pairs), [...HEADER, ...order, ...pairs].join('\n')]) {
      const result = parse(text);
      expect(result.errors.map(formatProblem), text).toEqual([]);
      expect(result.entries.map((e) => e.title)).toEqual(['Tiny Lanterns', 'Folded Ropes']);
      expect(result.date).toBe('Mar 14');
      expect(result.dayLabels?.map((l) => l.text).sort()).toEqual(['2025-W11', 'Friday']);
    }
  });

  test('reads a weekday and an ISO week without a date line as the end of the page header, either order, and gives both', () => {
    for (const order of [['Friday', '2025-W11'], ['2025-W11', 'Friday']]) {
      const result = parse(blankDump(...HEADER, ...order, 'Tiny Lanterns', abstract('lanterns'), 'Folded Ropes', abstract('ropes')));
      expect(result.errors.map(formatProblem)).toEqual([]);
      expect(result.entries.map((e) => e.title)).toEqual(['Tiny Lanterns', 'Folded Ropes']);
      expect(result.dayLabels?.map((l) => l.text).sort()).toEqual(['2025-W11', 'Friday']);
    }
  });

  test('still reads a second weekday under the date line and its weekday as a paper’s title, not as a label', () => {
    const text = [...HEADER, 'Mar 14', 'Friday', 'Monday', abstract('mondays'), 'Folded Ropes', abstract('ropes')].join('\n');
    expect(parse(text).errors.map(formatProblem)).toEqual([]);
    expect(titles(text)).toEqual(['Monday', 'Folded Ropes']);
  });

  test('reads a date line with a time after it as the listing’s date', () => {
    const text = blankDump('Get trending papers in your email inbox!', 'Subscribe', 'Mar 14 2025 10:00', 'Tiny Lanterns', abstract('lanterns'), 'Folded Ropes', abstract('ropes'));
    expect(parse(text).date).toBe('Mar 14 2025 10:00');
    expect(titles(text)).toEqual(['Tiny Lanterns', 'Folded Ropes']);
  });

  test.each(['2025-03-14T10:00:00Z', '2025-03-14T10:00', '2025-03-14T10:00:00.000+01:00', 'Mar 14 2025 10:00 UTC', '3/14/2025, 10:00 AM GMT+1'])(
    'reads a date line with a time as a machine or a time zone writes it, %j, as the listing’s date',
    (line) => {
      const text = blankDump('Daily Papers', line, 'Tiny Lanterns', abstract('lanterns'), 'Folded Ropes', abstract('ropes'));
      expect(parse(text).errors.map(formatProblem)).toEqual([]);
      expect(parse(text).date).toBe(line);
      expect(titles(text)).toEqual(['Tiny Lanterns', 'Folded Ropes']);
    },
  );

  test('never reads a line without a letter as an abstract: after a header line it does not know, it drops both as the page header rather than publish them', () => {
    expect(titles(blankDump('new', '2025/14', 'Tiny Lanterns', abstract('lanterns'), 'Folded Ropes', abstract('ropes')))).toEqual(['Tiny Lanterns', 'Folded Ropes']);
    const text = blankDump('Daily Papers', 'Some Line of the Page', '%%%', 'Tiny Lanterns', abstract('lanterns'), 'Folded Ropes', abstract('ropes'));
    expect(parse(text).errors).toEqual([]);
    expect(titles(text)).toEqual(['Tiny Lanterns', 'Folded Ropes']);
    expect(warnings(text)).toEqual([
      'd.txt:3: dropped `Some Line of the Page` as part of the page header (it comes before the first title)',
      'd.txt:5: dropped `%%%` as part of the page header (it comes before the first title)',
    ]);
  });

  test('says so when it keeps a line without a letter as an abstract, because no reading without a fault is left', () => {
    for (const line of ['2+2=4', '???', '\u2014']) {
      const text = blankDump(...HEADER, 'Mar 14', 'Tiny Lanterns', line, 'Folded Ropes', abstract('ropes'));
      expect(titles(text), line).toEqual(['Tiny Lanterns', 'Folded Ropes']);
      expect(warnings(text), line).toEqual([`d.txt:13: kept \`${line}\` as the abstract of \`Tiny Lanterns\`, where an abstract belongs, though it has no letter (an abstract is words)`]);
    }
  });

  test('still reads the first paper after the page chrome when its abstract is short', () => {
    const text = blankDump('Get trending papers in your email inbox!', 'Subscribe', 'Tiny Lanterns', 'Lanterns glow.', 'Folded Ropes', abstract('ropes'));
    expect(titles(text)).toEqual(['Tiny Lanterns', 'Folded Ropes']);
  });

  test('drops the site footer after the last paper, with a warning', () => {
    const text = blankDump(...HEADER, 'Mar 14', 'One', abstract('one'), 'Two', abstract('two'), 'System theme', 'Company', 'TOS', 'Privacy');
    expect(titles(text)).toEqual(['One', 'Two']);
    expect(warnings(text)).toEqual(['d.txt:19: dropped `System theme` and the 3 lines after it as the site footer']);
  });

  test.each([
    ['after a line of its own', ['System theme', 'Company\nTOS\nPrivacy\nAbout']],
    ['whole', ['System theme\nCompany\nTOS\nPrivacy']],
    ['with the addresses of its links', ['System theme', 'TOS <https://huggingface.co/terms-of-service>\nPrivacy <https://huggingface.co/privacy>']],
    ['with an item it does not know', ['System theme\nLantern Labs\nTOS\nPrivacy']],
    ['with an item it does not know first', ['Lantern Labs\nTOS\nPrivacy\nAbout']],
  ])('drops the site footer saved as one block of its items, %s', (_, footer) => {
    const text = blankDump(...HEADER, 'Mar 14', 'One', abstract('one'), 'Two', abstract('two'), ...footer);
    expect(parse(text).errors).toEqual([]);
    expect(titles(text)).toEqual(['One', 'Two']);
    expect(warnings(text)).toEqual([expect.stringMatching(/^d\.txt:19: dropped `(System theme|Lantern Labs).*` (and the line after it )?as the site footer$/)]);
  });

  describe('the site footer saved on one line, its items two spaces or more apart (w3m, a text browser)', () => {
    const row = '\u00A9 Hugging Face  TOS  Privacy  About  Jobs  Models  Datasets  Spaces  Pricing  Docs';
    test.each([
      ['blank-line layout', blankDump(...HEADER, 'Mar 14', 'One', abstract('one'), 'Two', abstract('two'), row), 19],
      ['one-line layout', lineDump('One', abstract('one'), 'Two', abstract('two'), row), 7],
      ['tabs between its items', blankDump(...HEADER, 'Mar 14', 'One', abstract('one'), 'Two', abstract('two'), 'System theme\tTOS\tPrivacy'), 19],
    ])('is dropped as the footer: %s', (_, text, line) => {
      expect(errors(text)).toEqual([]);
      expect(titles(text)).toEqual(['One', 'Two']);
      // The one-line layout's glued `Subscribe` is said on its own.
      expect(warnings(text).filter((w) => !w.includes('`Subscribe`'))).toEqual([expect.stringMatching(new RegExp(`^d\\.txt:${line}: dropped \`(\u00A9 Hugging Face|System theme) TOS Privacy.*\` as the site footer$`))]);
    });

    test.each([
      ['an item it does not know among them', '\u00A9 Hugging Face  TOS  Privacy  Lantern Labs  About  Jobs'],
      ['an item it does not know at its end', 'System theme  Company  TOS  Privacy  Inference Endpoints'],
      ['a year before the site\'s name', '\u00A9 2025 Hugging Face  TOS  Privacy  About'],
      ['an unknown item among three', 'TOS  Privacy  Lanterns'],
    ])('is dropped as the footer with %s: mostly the footer\'s words, in both layouts', (_, footer) => {
      for (const text of [blankDump(...HEADER, 'Mar 14', 'One', abstract('one'), 'Two', abstract('two'), footer), lineDump('One', abstract('one'), 'Two', abstract('two'), footer)]) {
        expect(errors(text), text).toEqual([]);
        expect(titles(text), text).toEqual(['One', 'Two']);
        expect(warnings(text).filter((w) => !w.includes('`Subscribe`')), text).toEqual([expect.stringMatching(/^d\.txt:\d+: dropped `.*` as the site footer$/)]);
      }
    });

    test('a title with words two spaces apart, or a row of mostly other words, is no footer', () => {
      expect(titles(blankDump(...HEADER, 'Mar 14', 'One', abstract('one'), 'Models  Datasets  Spaces', abstract('spaces')))).toEqual(['One', 'Models Datasets Spaces']);
      expect(titles(blankDump(...HEADER, 'Mar 14', 'One', abstract('one'), 'Deep  Privacy  for  Lanterns', abstract('lanterns')))).toEqual(['One', 'Deep Privacy for Lanterns']);
      expect(errors(blankDump(...HEADER, 'Mar 14', 'One', abstract('one'), 'Two', abstract('two'), 'Privacy  Lanterns  Folded Ropes'))).toEqual([expect.stringMatching(/^d\.txt:19: title `Privacy Lanterns Folded Ropes` has no abstract/)]);
    });
  });

  test('drops items of the site footer it does not know, after ones it knows (a newer footer), with the footer', () => {
    const text = blankDump(...HEADER, 'Mar 14', 'One', abstract('one'), 'Two', abstract('two'), 'Company', 'TOS', 'Privacy', 'Inference Endpoints', 'Enterprise Hub');
    expect(parse(text).errors.map(formatProblem)).toEqual([]);
    expect(titles(text)).toEqual(['One', 'Two']);
    expect(warnings(text)).toEqual(['d.txt:19: dropped `Company` and the 4 lines after it as the site footer']);
  });

  test('keeps a last paper whose title is a footer word, over a short abstract that is a sentence, before the footer; stops at one that is none', () => {
    const text = blankDump(...HEADER, 'Mar 14', 'One', abstract('one'), 'Privacy', 'A position paper on data protection.', 'Company', 'TOS');
    expect(parse(text).errors).toEqual([]);
    expect(titles(text)).toEqual(['One', 'Privacy']);
    // The footer under it says the page had loaded: an abstract of a few words that is no sentence was not cut short.
    expect(errors(blankDump(...HEADER, 'Mar 14', 'One', abstract('one'), 'Privacy', 'A position paper on data protection', 'Company', 'TOS'))).toEqual([
      expect.stringMatching(/^d\.txt:15: `Privacy` and the lines under it, to line 17, read as a paper whose abstract is a few words that end as no sentence/),
    ]);
  });

  test('keeps a last paper with a short abstract that is a sentence after a page-chrome line between papers', () => {
    const text = blankDump(...HEADER, 'Mar 14', 'One', abstract('one'), 'Show more', 'Two', 'Work in progress, see the paper.');
    expect(errors(text)).toEqual([]);
    expect(titles(text)).toEqual(['One', 'Two']);
  });

  test('drops the site footer whose items end in a tagline or a line it does not know, after two items it knows', () => {
    const text = blankDump(...HEADER, 'Mar 14', 'One', abstract('one'), 'Two', abstract('two'), 'Company', 'TOS', 'Privacy', 'About', 'Jobs', 'The AI community building the future.');
    expect(parse(text).errors.map(formatProblem)).toEqual([]);
    expect(titles(text)).toEqual(['One', 'Two']);
  });

  describe('short lines under the last paper that the ingest does not know as the footer', () => {
    /** An abstract longer than any line of the page's own. */
    const full = (topic: string) => `${abstract(topic)} We release the code, the data and the trained adapters.`;
    const papers = ['One', full('one'), 'Two', full('two')];
    test.each([
      ['a newer footer', ['Hub', 'Tasks', 'HuggingChat', 'Inference Endpoints', 'Community', 'Discord']],
      ['a footer translated by the browser into a language of Latin script', ['Thème du système', 'Entreprise', "Conditions d'utilisation", 'Confidentialité', 'À propos', 'Emplois']],
      ['a sidebar of trending titles and their votes', ['Big Model Paper', '▲ 120', 'Another Trending Paper', '▲ 98', 'Third Trending One', '▲ 50', 'Fourth Trending One', '▲ 3']],
    ])('stops naming them, never publishing them as papers (%s)', (_, tail) => {
      for (const join of [blankDump, (...fields: string[]) => fields.join('\n')]) {
        const said = errors(join(...HEADER, 'Mar 14', ...papers, ...tail));
        expect(said).toEqual([expect.stringMatching(new RegExp(`^d\\.txt:\\d+: \\\`${tail[0]}\\\` and the lines under it, to line \\d+, read as \\d+ papers whose abstracts are a few words that end as no sentence`))]);
      }
    });

    test('says where they are and what to do', () => {
      expect(errors(blankDump(...HEADER, 'Mar 14', ...papers, 'Hub', 'Tasks', 'HuggingChat', 'Community'))).toMatchInlineSnapshot(`
        [
          "d.txt:19: \`Hub\` and the lines under it, to line 25, read as 2 papers whose abstracts are a few words that end as no sentence (\`Tasks\`, \`HuggingChat\`, …), where other papers' abstracts are longer than any line of the page's: lines of the page the ingest does not know read so (a newer site footer, a sidebar, or the footer of a page the browser translated); expected nothing but papers after the last abstract: if these lines are the page's, delete lines 19–25 and ingest again (a translated page: save it again with the browser's translation turned off); if they are papers whose abstracts are one line, end each abstract with its full stop",
        ]
      `);
    });

    test('a paper whose abstract is one line, between papers, is kept once its abstract ends as a sentence, as the message says', () => {
      const short = ['Open Weights for a Speech Tokenizer', 'We release code and weights for the speech tokenizer'];
      expect(errors(blankDump(...HEADER, 'Mar 14', ...papers, ...short, 'Three', full('three')))).toEqual([expect.stringMatching(/if they are papers whose abstracts are one line, end each abstract with its full stop$/)]);
      const fixed = blankDump(...HEADER, 'Mar 14', ...papers, short[0]!, `${short[1]!}.`, 'Three', full('three'));
      expect(errors(fixed)).toEqual([]);
      expect(titles(fixed)).toEqual(['One', 'Two', short[0], 'Three']);
    });

    test('a paper whose abstract is one line that gives a link address, between papers, is kept: the page\'s lines give no address among words', () => {
      const short = ['Open Weights for a Speech Tokenizer', 'We release code and weights at https://github.com/example/speech-tok'];
      const text = blankDump(...HEADER, 'Mar 14', ...papers, ...short, 'Three', full('three'));
      expect(errors(text)).toEqual([]);
      expect(titles(text)).toEqual(['One', 'Two', short[0], 'Three']);
    });

    test.each([
      ['between papers', (widget: string[]) => [...papers, ...widget, 'Three', full('three')]],
      ['over the first paper', (widget: string[]) => [...widget, ...papers]],
    ])('stops naming a sidebar of trending titles %s, even one of two titles, never publishing it as a paper', (_, place) => {
      for (const heading of ['Trending Papers', 'Trending this week']) {
        for (const join of [blankDump, (...fields: string[]) => fields.join('\n')]) {
          const said = errors(join(...HEADER, 'Mar 14', ...place([heading, 'Big Model Paper', '▲ 120', 'Another Trending Paper', '▲ 98'])));
          expect(said).toEqual([expect.stringMatching(/^d\.txt:\d+: `Big Model Paper` and the lines under it, to line \d+, read as a paper whose abstract is a few words that end as no sentence/)]);
        }
      }
    });

    test('stops naming one such paper at the end with no footer under it: two lines of the page it does not know read as a last paper cut short to a few words does', () => {
      for (const join of [blankDump, (...fields: string[]) => fields.join('\n')]) {
        const said = errors(join(...HEADER, 'Mar 14', ...papers, 'Join the community', 'Sign up for free'));
        expect(said).toEqual([expect.stringMatching(/^d\.txt:\d+: `Join the community` and the lines under it, to line \d+, read as a paper whose abstract is a few words that end as no sentence .*; if it is the last paper, its abstract cut short \(a page saved before it had loaded\), delete it and ingest a complete save of the day$/)]);
      }
    });

    test.each([
      ['lines of a footer it does not know, over its items it knows', ['Hub', 'Tasks']],
      ['a sidebar of trending titles', ['Trending Papers', 'Big Model Paper', '▲ 120', 'Another Trending Paper', '▲ 98']],
    ])('stops naming one such paper at the end when the site footer follows it (the page had loaded): %s', (_, lines) => {
      const footer = ['System theme', 'Company', 'TOS', 'Privacy', 'About'];
      for (const join of [blankDump, (...fields: string[]) => fields.join('\n')]) {
        const said = errors(join(...HEADER, 'Mar 14', ...papers, ...lines, ...footer));
        expect(said).toEqual([expect.stringMatching(/^d\.txt:\d+: `(Hub|Big Model Paper)` and the lines under it, to line \d+, read as a paper whose abstract is a few words that end as no sentence/)]);
      }
    });

    test('keeps a paper whose short abstract ends in an ellipsis (a page shortened it) between papers', () => {
      expect(titles(blankDump(...HEADER, 'Mar 14', ...papers, 'Three', 'We propose a new kind of…', 'Four', full('four')))).toEqual(['One', 'Two', 'Three', 'Four']);
    });

    test('keeps the last papers when their short abstracts end as sentences, or when only the last is short', () => {
      expect(titles(blankDump(...HEADER, 'Mar 14', ...papers, 'Tiny Lanterns', 'Lanterns glow.', 'Folded Ropes', 'Ropes fold.'))).toEqual(['One', 'Two', 'Tiny Lanterns', 'Folded Ropes']);
      expect(titles(blankDump(...HEADER, 'Mar 14', ...papers, 'Three', 'We study whether a small'))).toEqual(['One', 'Two', 'Three']);
    });
  });

  test('keeps a last paper whose abstract is a footer word', () => {
    expect(parse(blankDump('Mar 14', 'One', abstract('one'), 'Differential Models', 'Privacy')).entries.at(-1)).toMatchObject({ title: 'Differential Models', abstract: 'Privacy' });
  });

  test('reads a date line at the top as the date, and stops when an abstract follows it with no title', () => {
    // A file that starts with a date-like title is far rarer than a listing whose first title is missing.
    expect(errors(`2024-01-01\n${abstract('dates')}\nSecond Paper\n${abstract('next')}`)).toEqual([expect.stringMatching(/^d\.txt:2: expected a title, found `We study dates/)]);
    // After the page header, a date-like first title is read as a title.
    expect(titles(lineDump('2024-01-01', abstract('dates'), 'Second Paper', abstract('next')))).toEqual(['2024-01-01', 'Second Paper']);
  });

  test('reads a date line at the top as the date, not as a title, to explain away one missing abstract', () => {
    const result = parse(blankDump('Apr 3', 'Iota Paper Title', abstract('iota'), 'Kappa Paper Title', abstract('kappa'), 'Dangling Lambda Title'));
    expect(result.entries.map((e) => e.title)).toEqual(['Iota Paper Title', 'Kappa Paper Title']);
    expect(result.date).toBe('Apr 3');
    expect(result.errors.map((e) => e.reason)).toEqual([expect.stringMatching(/^title `Dangling Lambda Title` has no abstract/)]);
  });

  test('reads a date line at the top as the date when the abstracts are a few words each and the last title has none', () => {
    // Read the other way ("Mar 14" a title, every title an abstract, every abstract a title) no structural fault is needed.
    for (const join of ['\n', '\n\n']) {
      const result = parse(['Mar 14', 'Alpha Paper', 'Iota abstract.', 'Beta Paper', 'Kappa abstract.', 'Gamma Paper'].join(join));
      expect(result.date).toBe('Mar 14');
      expect(result.entries.map((e) => [e.title, e.abstract])).toEqual([
        ['Alpha Paper', 'Iota abstract.'],
        ['Beta Paper', 'Kappa abstract.'],
      ]);
      expect(result.errors.map(formatProblem)).toEqual([expect.stringMatching(/^d\.txt:(6|11): title `Gamma Paper` has no abstract/)]);
    }
  });

  test('stops rather than publish the date line as a title when the only paper is followed by a title without its abstract', () => {
    // The abstract ends in a URL, not a full stop; read as a title it is unusually long (over 150 characters).
    const only = 'We introduce a compact method for retrieval that matches larger baselines on standard benchmarks at a fraction of the compute. Code: https://github.com/example/p0';
    const result = parse(blankDump('Mar 14', 'Sparse Adapters Beat Full Finetuning on Long Documents', only, 'Graph Priors for Protein Design at Scale'));
    expect(result.errors.map(formatProblem)).toEqual(['d.txt:7: title `Graph Priors for Protein Design at Scale` has no abstract: expected an abstract line after it, found the end of the file']);
  });

  test('reads a date line at the top as the date even when the abstracts are as short as the titles and read like them', () => {
    const result = parse(['Mar 14', 'Alpha Paper', 'Iota abstract', 'Beta Paper', 'Kappa abstract', 'Gamma Paper'].join('\n'));
    expect(result.errors.map(formatProblem)).toEqual(['d.txt:6: title `Gamma Paper` has no abstract: expected an abstract line after it, found the end of the file']);
  });

  test('reads date-like lines in the body as titles when an abstract follows', () => {
    expect(titles(blankDump(...HEADER, 'Mar 14', 'Before', abstract('before'), 'Mar 15', abstract('a date'), 'March 3, 2025', abstract('another date')))).toEqual(['Before', 'Mar 15', 'March 3, 2025']);
  });

  test('stops at a second date line: a file holding more than one day', () => {
    expect(errors(blankDump(...HEADER, 'Mar 14', 'One', abstract('one'), 'Mar 13', 'Two', abstract('two')))).toEqual([
      "d.txt:15: found a second date line `Mar 13` (the listing is dated `Mar 14` at line 9): expected one day's listing per file (split the file into one dump per date)",
    ]);
    expect(errors(blankDump(...HEADER, 'Mar 14', 'Mar 13', 'One', abstract('one')))).toHaveLength(1);
    expect(errors(blankDump(...HEADER, 'Mar 14', 'One', abstract('one'), ...HEADER, 'Mar 15', 'Two', abstract('two')))[0]).toMatch(/^d\.txt:23: found a second date line `Mar 15`/);
  });

  test('stops at the date line repeated between papers without its header, saying it is the same day rather than asking to split the file by date', () => {
    expect(errors(blankDump(...HEADER, 'Mar 14', 'One', abstract('one'), 'Mar 14', 'Two', abstract('two')))).toEqual([
      "d.txt:15: found the date line `Mar 14` again (the listing's date line is at line 9), with no page header before it: expected it once, above the papers; delete this line if it is not a paper's title (a second save of the day in this file is read as one when its page header is kept with it)",
    ]);
  });

  test('stops at the only date line of a file under lines read as a paper, naming them rather than a first date line there is none of', () => {
    const banner = 'We use cookies to improve your experience. By clicking "Accept", you agree to our use of cookies as described in our Cookie Policy.';
    expect(errors(blankDump(banner, ...HEADER, 'Mar 14', 'One', abstract('one')))).toEqual([
      "d.txt:11: found the date line `Mar 14` under lines 1–9, read as a paper titled `We use cookies to improve your experience. By clicking \"Acc…` (line 1): expected the date line above the papers, ending the page header; delete those lines if they are not the listing's (a banner, a notice, another page's text), or split the file if they are another day's listing",
    ]);
    // A banner's button over its text is no banner (its text over its buttons is dropped: see the banner's tests below).
    const dump = blankDump('Accept', banner, ...HEADER, 'Mar 14', 'One', abstract('one'));
    expect(errors(dump), dump).toEqual([expect.stringMatching(/^d\.txt:13: found the date line `Mar 14` under lines 1–11, read as a paper titled `Accept`/)]);
  });

  test('reads a page pasted twice (its header again, with the same date) as one listing, each paper of both copies once', () => {
    const FOOTER = ['System theme', 'Company', 'TOS', 'Privacy'];
    const page = blankDump(...HEADER, 'Mar 14', 'One', abstract('one'), 'Two', abstract('two'), ...FOOTER);
    const result = parse(`${page}\n\n${page}\n`);
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.date).toBe('Mar 14');
    expect(result.entries.map((e) => [e.title, e.position, e.line])).toEqual([
      ['One', 1, 11],
      ['Two', 2, 15],
    ]);
    expect(result.warnings.map(formatProblem)).toContain('d.txt:27: the page is in this file 2 times (its header and date `Mar 14` again here: pasted twice, or two saves of the day); read every copy, 2 papers listed the same in both kept once');
  });

  test('says an abstract that ends mid-sentence is the last in the dump only of the last copy, and of an earlier copy where no later copy lists its paper', () => {
    const keywords = (topic: string) => `${abstract(topic)} Keywords: adapters, routing`;
    const page = (...papers: string[]) => blankDump(...HEADER, 'Mar 14', ...papers);
    const midSentence = (result: ReturnType<typeof parse>) => result.warnings.map(formatProblem).filter((w) => w.includes('ends mid-sentence'));
    // Both copies end with `Two`: said once, of the last copy's.
    expect(midSentence(parse(`${page('One', abstract('one'), 'Two', keywords('two'))}\n\n${page('One', abstract('one'), 'Two', keywords('two'))}\n`))).toEqual([expect.stringMatching(/^d\.txt:35: the abstract of `Two`, the last in the dump, ends mid-sentence/)]);
    // The first copy ends with `Three`, which the second does not list: said of this copy's last.
    expect(midSentence(parse(`${page('One', abstract('one'), 'Three', keywords('three'))}\n\n${page('One', abstract('one'), 'Two', abstract('two'))}\n`))).toEqual([expect.stringMatching(/^d\.txt:17: the abstract of `Three`, the last before the page starts again at line 19, ends mid-sentence/)]);
  });

  describe('the page\'s papers again after its site footer (part of the page pasted a second time)', () => {
    const FOOTER = ['System theme', 'Company', 'TOS', 'Privacy'];
    const papers = ['One', abstract('one'), 'Two', abstract('two'), 'Three', abstract('three')];
    const layouts = [
      ['blank-line blocks', blankDump, 2],
      ['one line per field', (...fields: string[]) => fields.join('\n'), 1],
    ] as const;

    test.each(layouts)('reads them as one listing, each paper once, never the footer\'s items as papers (%s)', (_, join, step) => {
      for (const footer of [FOOTER, FOOTER.slice(0, 2)]) {
        for (const again of [papers.slice(2), papers.slice(2, 4), papers]) {
          const dump = join(...HEADER, 'Mar 14', ...papers, ...footer, ...again, ...footer);
          const result = parse(dump);
          expect(result.errors.map(formatProblem), dump).toEqual([]);
          expect(result.entries.map((e) => e.title), dump).toEqual(['One', 'Two', 'Three']);
          const at = (HEADER.length + 1 + papers.length + footer.length) * step + 1;
          const n = again.length / 2;
          expect(result.warnings.map(formatProblem), dump).toContain(`d.txt:${at}: the page is in this file 2 times (its papers again after the site footer here: pasted twice, or two saves of the day); read every copy, ${n === 1 ? 'a paper' : `${n} papers`} listed the same in both kept once`);
        }
      }
    });

    test.each(layouts)('reads a whole copy with the site\'s navigation over its header as that copy, not as papers after the footer (%s)', (_, join) => {
      const page = join('Models', 'Datasets', 'Spaces', ...HEADER, 'Mar 14', ...papers, ...FOOTER);
      const result = parse(join(page, page));
      expect(result.errors.map(formatProblem)).toEqual([]);
      expect(result.entries.map((e) => e.title)).toEqual(['One', 'Two', 'Three']);
      expect(result.warnings.map(formatProblem)).toContainEqual(expect.stringMatching(/the page is in this file 2 times \(its header and date `Mar 14` again here/));
    });

    test.each(layouts)('reads a footer word right over an abstract as its title, not as the footer, which ends with the item above it (%s)', (_, join, step) => {
      // `Privacy` then `Models` over an abstract: a title missing its abstract over a paper; never a copy starting at an abstract.
      const missing = join(...HEADER, 'Mar 14', ...papers, 'Privacy', 'Models', abstract('models'), 'Four', abstract('four'), 'System theme', 'Company', 'TOS');
      const privacy = (HEADER.length + 1 + papers.length) * step + 1;
      expect(errors(missing)).toEqual([expect.stringMatching(new RegExp(`^d\\.txt:${privacy}: .*\`Privacy\``))]);
      expect(parse(missing).warnings.map(formatProblem).join('\n')).not.toMatch(/the page is in this file/);
      // With `Privacy` in the footer too, it is a line repeated between papers: dropped, saying so.
      const repeated = join(...HEADER, 'Mar 14', ...papers, 'Privacy', 'Models', abstract('models'), 'Four', abstract('four'), ...FOOTER);
      expect(parse(repeated).errors).toEqual([]);
      expect(titles(repeated)).toEqual(['One', 'Two', 'Three', 'Models', 'Four']);
      expect(warnings(repeated)).toContain(`d.txt:${privacy}: dropped \`Privacy\`, a line repeated between papers, as a card's furniture (a button, a badge, the text of a picture); if it is a title, its abstract is missing`);
      // With the abstract `Privacy` has, both are papers, each a single word over its abstract.
      const both = join(...HEADER, 'Mar 14', ...papers, 'Privacy', abstract('privacy'), 'Models', abstract('models'), ...FOOTER);
      expect(parse(both).errors).toEqual([]);
      expect(titles(both)).toEqual(['One', 'Two', 'Three', 'Privacy', 'Models']);
      // Two footer items over it are the footer: the copy after it starts at the paper titled with the third.
      const copy = join(...HEADER, 'Mar 14', ...papers, 'Company', 'TOS', 'Models', abstract('models'), ...FOOTER);
      const company = (HEADER.length + 1 + papers.length) * step + 1;
      expect(errors(copy)).toEqual([expect.stringMatching(new RegExp(`^d\\.txt:${company + 3 * step}: \`We study models and ask whether a small adapter closes the …\` stands after the site footer \\(line ${company}\\), which ends the page, under its item \`Models\` \\(line ${company + 2 * step}\\)`))]);
    });

    test.each(layouts)('names the text under the footer\'s last item, not the item, when a paragraph after the footer is no paper the page lists (%s)', (_, join, step) => {
      const notice = 'This page was saved while the site was being updated. Some features may not work as expected until the update is complete.';
      const dump = join(...HEADER, 'Mar 14', ...papers, ...FOOTER, notice);
      const footer = (HEADER.length + 1 + papers.length) * step + 1;
      const last = footer + (FOOTER.length - 1) * step;
      expect(errors(dump)).toEqual([
        `d.txt:${last + step}: \`This page was saved while the site was being updated. Some …\` stands after the site footer (line ${footer}), which ends the page, under its item \`${FOOTER.at(-1)}\` (line ${last}), and is not listed above it: expected the footer at the end of the file; if the text is the page's (a notice, a banner saved without its buttons), delete it; if it is an abstract under its title \`${FOOTER.at(-1)}\`, or the lines after the footer are another page's, put them in a file of their own`,
      ]);
    });

    test.each(layouts)('stops at a paper after the footer that the page above it does not list, naming both (%s)', (_, join, step) => {
      const dump = join(...HEADER, 'Mar 14', ...papers, ...FOOTER, 'Two', abstract('two'), 'Four', abstract('four'));
      const footer = (HEADER.length + 1 + papers.length) * step + 1;
      const four = footer + (FOOTER.length + 2) * step;
      expect(errors(dump)).toEqual([
        `d.txt:${four}: \`Four\` stands after the site footer (line ${footer}), which ends the page, and is not listed above it: expected the footer at the end of the file; if the lines after it are another page's, put them in a file of their own, or delete them`,
      ]);
    });
  });

  test('reads what a later copy of the page adds: papers, and abstracts that differ', () => {
    const first = blankDump(...HEADER, 'Mar 14', 'One', abstract('one'), 'Two', 'Cut sh');
    const second = blankDump(...HEADER, 'Mar 14', 'One', abstract('one'), 'Two', abstract('two'), 'Three', abstract('three'));
    const result = parse(`${first}\n\n${second}`);
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => [e.title, e.abstract.slice(0, 12), e.line])).toEqual([
      ['One', abstract('one').slice(0, 12), 11],
      ['Two', 'Cut sh', 15],
      ['Two', abstract('two').slice(0, 12), 33],
      ['Three', abstract('three').slice(0, 12), 37],
    ]);
  });

  test('reads a one-line page pasted twice, the page word glued onto the first title of each copy', () => {
    const page = lineDump('Tiny Lanterns', abstract('lanterns'), 'Folded Ropes', abstract('ropes'));
    const result = parse(`${page}\n${page}\n`);
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => [e.title, e.line])).toEqual([
      ['Tiny Lanterns', 3],
      ['Folded Ropes', 5],
    ]);
  });

  test('says where a copy of the page lists none of the other copies\' papers, as two days\' listings pasted into one file do, and how to split it', () => {
    const day = (...titles: string[]) => titles.flatMap((title) => [title, abstract(title.toLowerCase())]);
    for (const [layout, text, at] of [
      ['one-line', `${lineDump(...(day('Tiny Lanterns', 'Folded Ropes') as [string, ...string[]]))}\n${lineDump(...(day('Knots Hold', 'Paper Cranes') as [string, ...string[]]))}\n`, 7],
      ['blank-line, then one-line', `${blankDump(...HEADER, 'Mar 14', ...day('Tiny Lanterns', 'Folded Ropes'))}\n${lineDump(...(day('Knots Hold', 'Paper Cranes') as [string, ...string[]]))}\n`, 18],
    ] as const) {
      const result = parse(text);
      expect(result.errors, layout).toEqual([]);
      expect(result.entries.map((e) => e.title), layout).toEqual(['Tiny Lanterns', 'Folded Ropes', 'Knots Hold', 'Paper Cranes']);
      expect(result.warnings.map(formatProblem).filter((w) => w.includes('none of')), layout).toEqual([
        `d.txt:${at}: the copy of the page from here lists none of the papers of the rest of the file: if it is another day's listing, move it to a dump of its own (a dump is one day's listing); read as one listing with the rest`,
      ]);
    }
    // Two saves of the day share papers, a later one listing more: no such warning.
    const saves = `${lineDump(...(day('Tiny Lanterns') as [string, ...string[]]))}\n${lineDump(...(day('Tiny Lanterns', 'Knots Hold') as [string, ...string[]]))}\n`;
    expect(parse(saves).warnings.map(formatProblem).filter((w) => w.includes('none of'))).toEqual([]);
  });

  test('says once where several copies of the page each list none of the other copies\' papers, naming the first and how many more', () => {
    const day = (...titles: string[]) => lineDump(...(titles.flatMap((title) => [title, abstract(title.toLowerCase())]) as [string, ...string[]]));
    const text = `${day('Tiny Lanterns', 'Folded Ropes')}\n${day('Knots Hold', 'Paper Cranes')}\n${day('Glass Bells', 'Sand Clocks')}\n${day('Wool Maps', 'Ink Tides')}\n`;
    const result = parse(text);
    expect(result.errors).toEqual([]);
    expect(result.entries).toHaveLength(8);
    expect(result.warnings.map(formatProblem).filter((w) => w.includes('none of'))).toEqual([
      "d.txt:7: the copy of the page from here lists none of the papers of the rest of the file, and neither do 2 more copies after it (the next from line 13): if they are other days' listings, move each to a dump of its own (a dump is one day's listing); read as one listing with the rest",
    ]);
  });

  test('reads a later save of the page in another layout, found by its first title with the page word glued on under page lines: the word removed there too, never kept as a title', () => {
    const FOOTER = ['System theme', 'Company', 'TOS', 'Privacy'];
    const blank = blankDump(...HEADER, 'Mar 14', 'Tiny Lanterns', abstract('lanterns'), 'Folded Ropes', abstract('ropes'));
    const oneLine = lineDump('Tiny Lanterns', abstract('lanterns'), 'Folded Ropes', abstract('ropes'), 'Knots Hold', abstract('knots'));
    for (const [text, line] of [[`${blank}\n${oneLine}\n`, 18], [`${blank}\n\n${blankDump(...FOOTER)}\n${oneLine}\n`, 26]] as const) {
      const result = parse(text);
      expect(result.errors).toEqual([]);
      expect(result.date).toBe('Mar 14');
      expect(result.entries.map((e) => [e.title, e.position])).toEqual([
        ['Tiny Lanterns', 1],
        ['Folded Ropes', 2],
        ['Knots Hold', 3],
      ]);
      expect(result.altered.subscribe).toBe(1);
      expect(result.warnings.map(formatProblem)).toContain(
        `d.txt:${line}: the page is in this file 2 times (a save of it starts again here, its first title with the page's \`Subscribe\` glued on: pasted twice, or two saves of the day); read every copy, 2 papers listed the same in both kept once`,
      );
    }
    // Between papers, under a line of the page, a title that starts with the word is a title.
    expect(titles(blankDump(...HEADER, 'Mar 14', 'Tiny Lanterns', abstract('lanterns'), 'Load more', 'Subscribers Leave Early', abstract('churn')))).toEqual(['Tiny Lanterns', 'Subscribers Leave Early']);
  });

  test('warns about a file with no papers instead of stopping the day', () => {
    for (const text of ['', '\uFEFF \n\n', blankDump(...HEADER, 'Mar 14')]) {
      const result = parse(text);
      expect(result.errors).toEqual([]);
      expect(result.entries).toEqual([]);
      expect(result.warnings.map(formatProblem)[0]).toMatch(/^d\.txt: holds no papers: expected title and abstract lines after the page header/);
    }
  });
});

describe('parseListing: the page\'s navigation and the furniture of each card', () => {
  const cards = (...papers: string[][]) => papers.flat();

  test.each([
    ['blank-line', blankDump],
    ['one-line', (...fields: string[]) => fields.join('\n')],
  ])('drops vote counts, "Submitted by" and author counts around each card (%s layout), with one warning', (_, join) => {
    const text = join(
      ...HEADER,
      'Mar 14',
      ...cards(
        ['Submitted by akhaliq', 'Sparse Adapters Beat Full Finetuning', '\u00B7 5 authors', abstract('adapters'), '42', '3 comments'],
        ['Submitted by someone', 'Graph Priors for Protein Design', '\u00B7 12 authors', abstract('proteins'), '17', '1 comment'],
      ),
    );
    const result = parse(text);
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => [e.title, e.abstract])).toEqual([
      ['Sparse Adapters Beat Full Finetuning', abstract('adapters')],
      ['Graph Priors for Protein Design', abstract('proteins')],
    ]);
    expect(result.warnings.map(formatProblem).filter((w) => w.includes('not titles or abstracts'))).toEqual([
      expect.stringMatching(/^d\.txt:\d+: dropped 8 lines that are not titles or abstracts \(numbers and symbols, "Submitted by", author, vote and comment counts, labels and links\), the first `Submitted by akhaliq`$/),
    ]);
  });

  test.each([
    ['the count of authors not shown as pictures', (i: number) => [`+${i + 2}`]],
    ['an arXiv id', (i: number) => [`arXiv:2403.0123${i}`]],
    ['an arXiv id with its version, under the pictures\' count and the votes', (i: number) => [`+${i + 2}`, `▲ ${40 + i}`, `arXiv:2403.0123${i}v2`]],
    ['an arXiv id over the title', (i: number) => [], (i: number) => [`arXiv: 2403.0123${i}`]],
    ['who submitted it, the name on a line of its own under `Submitted by`', (i: number) => ['Submitted by', SUBMITTERS[i]!]],
    ['who submitted it and when, the date after a dot on a line of its own', (i: number) => [`Submitted by ${SUBMITTERS[i]!}`, `\u00B7 Mar ${10 + i}`]],
    ['the day it was submitted, after a dot', (i: number) => [`\u00B7 2025-03-${10 + i}`]],
    ['who submitted it, over the title, with the votes', (i: number) => [], (i: number) => ['Submitted by', SUBMITTERS[i]!, 'Upvote', `${40 + i}`]],
  ])('drops a line a card shows between its title and its abstract, different on each card: %s', (_, under, over = (_i: number) => [] as string[]) => {
    const topics = ['adapters', 'priors', 'ropes', 'lanterns', 'tokens'];
    const cards = topics.flatMap((topic, i) => [...over(i), `Paper on ${topic}`, ...under(i), abstract(topic)]);
    for (const join of [blankDump, (...fields: string[]) => fields.join('\n')]) {
      const result = parse(join(...HEADER, 'Mar 14', ...cards));
      expect(result.errors.map(formatProblem)).toEqual([]);
      expect(result.entries.map((e) => [e.title, e.abstract])).toEqual(topics.map((topic) => [`Paper on ${topic}`, abstract(topic)]));
      expect(result.warnings.map(formatProblem)).toEqual([expect.stringMatching(/^d\.txt:\d+: dropped \d+ lines that are not titles or abstracts/)]);
    }
  });

  test.each(['---', '* * *', '___', '\u2042', '\u2500\u2500\u2500\u2500'])('drops %j, a separator standing once between two papers, with the furniture warning, never reading it as a title with no abstract', (separator) => {
    const fields = ['Sparse Adapters', abstract('one'), 'Graph Priors', abstract('two'), separator, 'Folded Ropes', abstract('three')];
    for (const join of [blankDump, (...lines: string[]) => lines.join('\n')]) {
      const result = parse(join(...HEADER, 'Mar 14', ...fields));
      expect(result.errors.map(formatProblem)).toEqual([]);
      expect(result.entries.map((e) => e.title)).toEqual(['Sparse Adapters', 'Graph Priors', 'Folded Ropes']);
      expect(result.warnings.map(formatProblem)).toEqual([expect.stringMatching(new RegExp(`^d\\.txt:\\d+: dropped a line that is not a title or abstract .*, the first \`${separator.replace(/[*]/g, '\\*')}\`$`))]);
    }
  });

  test('drops the running header and footer a print writes on each page (the date and time over the page title, the address and the page number), the last footer under the last paper included', () => {
    const header = '3/14/25, 10:00 AM\tDaily Papers - Hugging Face';
    const footer = (page: number) => `https://huggingface.co/papers\t${page}/2`;
    const text = [header, '', 'Daily Papers', 'Mar 14', '', 'Sparse Adapters', abstract('one'), '', footer(1), `\f${header}`, '', 'Graph Priors', abstract('two'), '', footer(2)].join('\n');
    const result = parse(text);
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.entries.map((e) => e.title)).toEqual(['Sparse Adapters', 'Graph Priors']);
  });

  describe('a title that reads as furniture over an abstract of one short sentence', () => {
    const FOOTER = ['System theme', 'Company', 'TOS', 'Privacy', 'About', 'Jobs', 'Website', 'Models', 'Datasets', 'Spaces', 'Pricing', 'Docs'];
    const paper = (title: string) => [title, `We study ${title.toLowerCase()}.`];
    test.each([
      ['a footer word the footer repeats, then a number', ['Sparse Adapters', 'Spaces', '42', 'Folded Ropes'], FOOTER],
      ['two numbers', ['Sparse Adapters', 'Graph Priors', '42', '1984', 'Folded Ropes'], []],
    ])('never publishes the sentence under a dropped line as a title (%s): stops naming the line', (_, names, footer) => {
      for (const join of [blankDump, (...fields: string[]) => fields.join('\n')]) {
        const said = errors(join(...HEADER, 'Mar 14', ...names.flatMap(paper), ...footer));
        expect(said).toEqual([expect.stringMatching(/^d\.txt:\d+: `(Spaces|42)` reads as a card's furniture and would be dropped, but then `We study (spaces|42)\.` at line \d+, which ends as a sentence, would be a title/)]);
      }
    });

    test('says what it found and what to do', () => {
      expect(errors(blankDump(...HEADER, 'Mar 14', ...['Sparse Adapters', 'Graph Priors', '42', '1984', 'Folded Ropes'].flatMap(paper)))).toMatchInlineSnapshot(`
        [
          "d.txt:19: \`42\` reads as a card's furniture and would be dropped, but then \`We study 42.\` at line 21, which ends as a sentence, would be a title, and the titles and abstracts after it shifted by one; expected a title over each abstract: if \`42\` is a paper's title, the ingest cannot tell it from the card's furniture here (its abstract is one short sentence): give the paper a longer abstract, or delete the paper from the dump",
        ]
      `);
    });

    test('reads a title that ends as a sentence under a vote count, where nothing shifts', () => {
      const text = blankDump(...HEADER, 'Mar 14', '42', 'Attention Is All You Need.', abstract('attention'), '17', 'Graph Priors', abstract('priors'));
      expect(parse(text).errors).toEqual([]);
      expect(titles(text)).toEqual(['Attention Is All You Need.', 'Graph Priors']);
    });
  });

  test('never publishes a card\'s furniture as a paper: "Submitted by" over a user name, between papers, is dropped with a warning naming it', () => {
    const result = parse(['Get trending papers in your email inbox!', 'SubscribeSparse Adapters', abstract('one'), 'Submitted by', 'akhaliq', 'Graph Priors', abstract('two')].join('\n'));
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => e.title)).toEqual(['Sparse Adapters', 'Graph Priors']);
    expect(result.warnings.map(formatProblem)).toContain('d.txt:4: dropped 2 lines that are not titles or abstracts (numbers and symbols, "Submitted by", author, vote and comment counts, labels and links), the first `Submitted by`');
  });

  test.each([2, 3])('reads one-word titles right under a `Submitted by` line of its own (no name saved) as titles over their abstracts, not as the names the line stands over (%i cards)', (count) => {
    const names = ['Mamba', 'R1', 'Orca'].slice(0, count);
    const cards = names.flatMap((name) => ['Submitted by', name, abstract(name.toLowerCase())]);
    for (const text of [blankDump(...HEADER, 'Mar 14', ...cards), lineDump(cards[0]!, ...cards.slice(1))]) {
      const result = parse(text);
      expect(result.errors.map(formatProblem)).toEqual([]);
      expect(result.entries.map((e) => [e.title, e.abstract])).toEqual(names.map((name) => [name, abstract(name.toLowerCase())]));
    }
  });

  test.each([
    ['the paper\'s link address', (i: number) => [`https://huggingface.co/papers/2503.0123${i}`]],
    ['its arXiv id and its count of authors', (i: number) => [`arXiv:2503.0123${i}`, `\u00B7 ${i + 3} authors`]],
  ])('reads a title of figures (`1984`) under a vote count as the title over its abstract, past a card\'s furniture between them (%s), never the furniture as the title', (_, between) => {
    const names = ['1984', 'Sparse Adapters', '2048'];
    const cards = names.flatMap((name, i) => [`${40 + i}`, name, ...between(i), abstract(name)]);
    for (const text of [blankDump(...HEADER, 'Mar 14', ...cards), lineDump(cards[0]!, ...cards.slice(1))]) {
      const result = parse(text);
      expect(result.errors.map(formatProblem)).toEqual([]);
      expect(result.entries.map((e) => [e.title, e.abstract])).toEqual(names.map((name) => [name, abstract(name)]));
    }
  });

  test('reads a number-like title as a title when its abstract follows', () => {
    expect(titles(blankDump(...HEADER, 'Mar 14', '1984', abstract('surveillance'), 'Graph Priors', abstract('two')))).toEqual(['1984', 'Graph Priors']);
  });

  test.each([
    ['apart', ['Sparse Adapters', abstract('one'), '1984', abstract('two'), 'Graph Priors', abstract('three'), '2001', abstract('four'), 'Folded Ropes', abstract('five')]],
    ['one after the other', ['Sparse Adapters', abstract('one'), '1984', abstract('two'), '2001', abstract('three'), 'Folded Ropes', abstract('four')]],
  ])('reads two number-like titles over their abstracts as titles, %s, not as furniture shifting the pairs between them', (_, fields) => {
    const result = parse(blankDump(...HEADER, 'Mar 14', ...fields));
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => [e.title, e.abstract])).toEqual(fields.flatMap((field, i) => (i % 2 === 0 ? [[field, fields[i + 1]]] : [])));
  });

  test('drops a vote count after every abstract, the last one included', () => {
    expect(titles(blankDump(...HEADER, 'Mar 14', 'Sparse Adapters', abstract('one'), '42', 'Graph Priors', abstract('two'), '17'))).toEqual(['Sparse Adapters', 'Graph Priors']);
  });

  test.each([
    ['arrows after the date', ['Mar 14', '\u25C0', '\u25B6']],
    ['previous and next day links after the date', ['Mar 14', '\u2190 Previous day', 'Next day \u2192']],
    ['the daily, weekly and monthly tabs', ['Daily', 'Weekly', 'Monthly', 'Mar 14']],
    ['the daily, weekly and monthly tabs with no date line', ['Daily', 'Weekly', 'Monthly']],
    ['the site navigation bar with no date line', ['Hugging Face', 'Models', 'Datasets', 'Spaces', 'Posts', 'Docs', 'Enterprise', 'Pricing', 'Log In', 'Sign Up']],
    ['a week label', ['Daily', 'Weekly', 'Monthly', 'Week 11']],
    ['a month label', ['Daily', 'Weekly', 'Monthly', 'March 2025']],
    ['a range of days', ['Mar 10 - Mar 16']],
  ])('reads %s as page header, not papers', (_, lines) => {
    for (const join of [blankDump, (...fields: string[]) => fields.join('\n')]) {
      const result = parse(join(...HEADER, ...lines, 'Sparse Adapters Beat Full Finetuning', abstract('one'), 'Graph Priors', abstract('two')));
      expect(result.errors).toEqual([]);
      expect(result.entries.map((e) => e.title)).toEqual(['Sparse Adapters Beat Full Finetuning', 'Graph Priors']);
    }
  });

  test.each([
    ['a vote count with the word first', ['Sparse Adapters', 'Upvote 42', abstract('one'), 'Graph Priors', 'Upvote 7', abstract('two')]],
    ['a star count and a rank', ['#1', 'Sparse Adapters', abstract('one'), '\u2605 1.2k', '#2', 'Graph Priors', abstract('two'), '\u2B50 87']],
    ['counts in thousands and millions', ['1.2M', 'Sparse Adapters', abstract('one'), '800K', 'Graph Priors', abstract('two'), '3m']],
    ['when the card was posted', ['Sparse Adapters', '2 days ago', abstract('one'), 'Graph Priors', 'Published on Mar 14', abstract('two'), 'an hour ago']],
    ['a label over each abstract', ['Sparse Adapters', 'Abstract', abstract('one'), 'Graph Priors', 'Abstract:', abstract('two')]],
    ['a label saved in one block with each abstract', ['Sparse Adapters', `Abstract\n${abstract('one')}`, 'Graph Priors', `Abstract:\n${abstract('two')}`]],
    ['a label saved in one block with each title', ['Sparse Adapters\nAbstract', abstract('one'), 'Graph Priors\nABSTRACT', abstract('two')]],
    ['a label in each card saved as one block', [`Sparse Adapters\nAbstract\n${abstract('one')}`, `Graph Priors\nAbstract\n${abstract('two')}`]],
  ])('drops %s as a card\'s furniture', (_, lines) => {
    for (const join of [blankDump, (...fields: string[]) => fields.join('\n')]) {
      const result = parse(join(...HEADER, 'Mar 14', ...lines));
      expect(result.errors).toEqual([]);
      expect(result.entries.map((e) => [e.title, e.abstract])).toEqual([
        ['Sparse Adapters', abstract('one')],
        ['Graph Priors', abstract('two')],
      ]);
    }
  });

  /** Three cards, each with `before` lines above its title, `between` lines under it and `after` lines under its abstract. */
  const threeCards = (abstractOf: (topic: string) => string, { before = [] as string[], between = [] as string[], after = [] as string[] }) =>
    ['Sparse Adapters', 'Graph Priors', 'Folded Ropes'].flatMap((title, i) => [...before, title, ...between, abstractOf(String(i)), ...after]);
  /** An abstract cut short by the page, as a phone shows it. */
  const cutShort = (topic: string) => `${abstract(topic).slice(0, 90)}\u2026`;

  test.each([
    ['a button above each title', abstract, { before: ['Upvote', '12'] }],
    ['badges under each abstract', abstract, { after: ['arXiv', 'GitHub'] }],
    ['a "Read more" under each abstract cut short', cutShort, { after: ['Read more'] }],
  ])('drops a line that every card repeats between papers: %s', (_, abstractOf, furniture) => {
    for (const join of [blankDump, (...fields: string[]) => fields.join('\n')]) {
      const result = parse(join('Daily Papers', 'Mar 14', ...threeCards(abstractOf, furniture)));
      expect(result.errors).toEqual([]);
      expect(result.entries.map((e) => [e.title, e.abstract])).toEqual([0, 1, 2].map((i) => [['Sparse Adapters', 'Graph Priors', 'Folded Ropes'][i], abstractOf(String(i))]));
    }
  });

  test.each([
    ['a "Paper page" link', ['Paper page']],
    ['a repository link and its stars', ['Repository', '1.2k']],
    ['a link and a badge', ['View on arXiv', 'Open access']],
    ['a line of the page header (`Subscribe`)', ['Subscribe']],
    ['the site\'s name (`Daily Papers`)', ['Daily Papers']],
    ['the site\'s address (`huggingface.co`)', ['huggingface.co']],
    ['the page\'s address', ['https://huggingface.co/papers']],
  ])('drops a line that every card repeats between its title and its abstract: %s, never reading abstracts as titles', (_, between) => {
    for (const join of [blankDump, (...fields: string[]) => fields.join('\n')]) {
      const text = join('Daily Papers', 'Mar 14', ...threeCards(abstract, { between }));
      const result = parse(text);
      expect(result.errors, text).toEqual([]);
      expect(result.entries.map((e) => [e.title, e.abstract]), text).toEqual([0, 1, 2].map((i) => [['Sparse Adapters', 'Graph Priors', 'Folded Ropes'][i], abstract(String(i))]));
      expect(result.warnings.map(formatProblem).join('\n'), text).toContain(`dropped \`${between[0]}\` (also at lines`);
      expect(result.warnings.map(formatProblem).join('\n'), text).toContain('a line repeated between titles and their abstracts');
    }
  });

  test.each([
    ['a link', (topic: string) => `${longAbstractOf(topic)} Code is at https://github.com/example/${topic}`],
    ['a project\'s name', (topic: string) => `${longAbstractOf(topic)} Code and models are released as Adapters-${topic}`],
  ])('drops a line that every card repeats between its title and its abstract where an abstract ends in %s, not in a full stop', (_, endsSo) => {
    const abstractOf = (topic: string) => (topic === '1' ? endsSo(topic) : longAbstractOf(topic));
    for (const between of [['Paper page'], ['Upvote\n12', 'Paper page']]) {
      for (const join of [blankDump, (...fields: string[]) => fields.join('\n')]) {
        const text = join('Daily Papers', 'Mar 14', ...threeCards(abstractOf, { between }));
        const result = parse(text);
        expect(result.errors, text).toEqual([]);
        expect(result.entries.map((e) => [e.title, e.abstract]), text).toEqual([0, 1, 2].map((i) => [['Sparse Adapters', 'Graph Priors', 'Folded Ropes'][i], abstractOf(String(i))]));
      }
    }
  });

  test.each([['the middle card', '1'], ['the last card', '2']])('drops a line that every card repeats between its title and its abstract also over a short abstract of %s that ends in a link, where it stands over the abstract of every other card', (_, short) => {
    const abstractOf = (topic: string) => (topic === short ? `Routing helps sparse models; we show why, with code at https://example.org/${topic}` : longAbstractOf(topic));
    for (const join of [blankDump, (...fields: string[]) => fields.join('\n')]) {
      const text = join('Daily Papers', 'Mar 14', ...threeCards(abstractOf, { between: ['Paper page'] }));
      const result = parse(text);
      expect(result.errors.map(formatProblem), text).toEqual([]);
      expect(result.entries.map((e) => [e.title, e.abstract]), text).toEqual([0, 1, 2].map((i) => [['Sparse Adapters', 'Graph Priors', 'Folded Ropes'][i], abstractOf(String(i))]));
    }
  });

  test('drops badges under each of two cards: a word or two, shorter than any abstract', () => {
    const text = blankDump(...HEADER, 'Mar 14', 'Sparse Adapters', abstract('one'), 'arXiv', 'GitHub', 'Graph Priors', abstract('two'), 'arXiv', 'GitHub');
    expect(parse(text).errors).toEqual([]);
    expect(titles(text)).toEqual(['Sparse Adapters', 'Graph Priors']);
  });

  test('keeps a paper with a short title listed twice among long titles, not reading its second title as a badge', () => {
    // Abstracts that end in no full stop read as titles at no cost, and titles over 300 characters as abstracts: a dropped line would shift the pairs.
    const summary = (n: number) => `We study routers and find gains (paper ${n}: a study of ${n * 7919} samples across several benchmark suites)`;
    const long = (topic: string) => `${topic} ${'Long Title Words '.repeat(19)}`.trim();
    const fields = ['Sparse Kernels', summary(1), '\\textit{Scaling}', summary(2), '\\textit{Scaling}', summary(2), long('Dense'), summary(3), long('Dense'), summary(3), long('Tiny'), summary(4), long('Tiny').toUpperCase(), summary(4)];
    const result = parse(blankDump(...HEADER, 'Mar 14', ...fields));
    expect(result.errors).toEqual([]);
    expect(result.entries).toHaveLength(7);
  });

  test('drops the picture\'s text when it repeats the title above it', () => {
    const result = parse(blankDump(...HEADER, 'Mar 14', 'Sparse Adapters', 'Sparse Adapters', abstract('one'), 'Graph Priors', 'Graph Priors', abstract('two')));
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => [e.title, e.abstract])).toEqual([
      ['Sparse Adapters', abstract('one')],
      ['Graph Priors', abstract('two')],
    ]);
  });

  test('names each repeated line it dropped, and where', () => {
    expect(warnings(blankDump('Daily Papers', 'Mar 14', ...threeCards(abstract, { after: ['Read more'] })))).toEqual([
      'd.txt:9: dropped `Read more` (also at lines 15, 21), a line repeated between papers, as a card\'s furniture (a button, a badge, the text of a picture); if it is a title, its abstract is missing',
    ]);
  });

  test('keeps a repeated line where an abstract or a title belongs: a placeholder abstract, a paper listed twice', () => {
    const placeholder = blankDump(...HEADER, 'Mar 14', ...threeCards(() => 'Abstract not available', {}));
    expect(parse(placeholder).entries.map((e) => [e.title, e.abstract])).toEqual(['Sparse Adapters', 'Graph Priors', 'Folded Ropes'].map((t) => [t, 'Abstract not available']));
    const twice = blankDump(...HEADER, 'Mar 14', 'Sparse Adapters', abstract('one'), 'Graph Priors', abstract('two'), 'Sparse Adapters', abstract('one'));
    expect(titles(twice)).toEqual(['Sparse Adapters', 'Graph Priors', 'Sparse Adapters']);
  });

  test('keeps a paper listed again under a long title, its short abstract not dropped as furniture', () => {
    const long = `Sparse Adapters ${'and Their Many Variants '.repeat(8)}Revisited`;
    const short = 'We list this paper three times, with a short abstract.';
    const text = blankDump(...HEADER, 'Mar 14', 'New', abstract('one'), long, short, long, short, long, short, 'Folded Ropes', abstract('three'));
    expect(parse(text).errors).toEqual([]);
    expect(titles(text)).toEqual(['New', long, long, long, 'Folded Ropes']);
  });

  test.each([
    ['a week\'s heading over its days', ['Daily', 'Weekly', 'Monthly', 'Papers of the week', 'March 10\u201316, 2025']],
    ['a month\'s heading over its month', ['Daily', 'Weekly', 'Monthly', 'Top papers of the month', 'March 2025']],
    ['days given day first', ['Papers of the week', '10\u201316 March 2025']],
    ['a reader view\'s address, page title and reading time', ['huggingface.co', 'Daily Papers - Hugging Face', '12\u201315 minutes']],
    ['a page title and address over the page', ['Daily Papers | Hugging Face', 'https://huggingface.co/papers', 'Daily Papers', 'by AK and the research community']],
  ])('reads %s as page header, not a paper', (_, lines) => {
    for (const join of [blankDump, (...fields: string[]) => fields.join('\n')]) {
      const result = parse(join(...lines, 'Sparse Adapters Beat Full Finetuning', abstract('one'), 'Graph Priors', abstract('two')));
      expect(result.errors).toEqual([]);
      expect(result.entries.map((e) => e.title)).toEqual(['Sparse Adapters Beat Full Finetuning', 'Graph Priors']);
    }
  });

  test('reads a page\'s loading buttons after the last paper as page chrome, not a paper', () => {
    for (const tail of [['Loading...', 'Load more papers'], ['Show more'], ['Loading\u2026']]) {
      const result = parse(blankDump(...HEADER, 'Mar 14', 'Sparse Adapters', abstract('one'), 'Graph Priors', abstract('two'), ...tail));
      expect(result.errors).toEqual([]);
      expect(result.entries.map((e) => e.title)).toEqual(['Sparse Adapters', 'Graph Priors']);
    }
  });

  test('reads previous and next links after the last paper as page chrome', () => {
    const result = parse(blankDump(...HEADER, 'Mar 14', 'Sparse Adapters', abstract('one'), 'Graph Priors', abstract('two'), 'Previous', 'Next'));
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => e.title)).toEqual(['Sparse Adapters', 'Graph Priors']);
  });
});

/** Three cards of the newer Hugging Face layout, shared by the card-label tests below: their topics, titles, the site's summary of each, and both dump layouts. */
const CARDS = {
  /** A summary as the site writes it: one sentence, shorter than the abstract. */
  summaryOf: (topic: string) => `A small adapter on ${topic} matches much larger systems on four benchmarks.`,
  TOPICS: ['adapters', 'priors', 'ropes'],
  TITLES: ['Sparse Adapters', 'Graph Priors', 'Folded Ropes'],
  layouts: [
    ['blank-line', (...cards: string[]) => blankDump(...HEADER, 'Mar 14', ...cards)],
    ['one-line', (...cards: string[]) => lineDump(cards[0]!, ...cards.slice(1))],
  ] as const,
};

describe('parseListing: the site\'s AI-generated summary over a paper\'s abstract', () => {
  const { summaryOf, TOPICS, TITLES, layouts } = CARDS;
  const card = (i: number) => [TITLES[i]!, 'AI-generated summary', summaryOf(TOPICS[i]!), 'Abstract', abstract(TOPICS[i]!)];

  test.each(layouts)('reads each card as one paper, its abstract the one under `Abstract`, the summary dropped with a warning naming it (%s)', (_, dump) => {
    const result = parse(dump(...[0, 1, 2].flatMap(card)));
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.entries.map((e) => [e.title, e.abstract])).toEqual(TITLES.map((title, i) => [title, abstract(TOPICS[i]!)]));
    expect(result.warnings.map(formatProblem).filter((w) => !w.includes('`Subscribe`'))).toEqual([
      expect.stringMatching(/^d\.txt:\d+: dropped 6 lines that are not titles or abstracts \(.*\), the first `AI-generated summary`$/),
      expect.stringMatching(/^d\.txt:\d+: dropped 3 AI-generated summaries \(the site's summary of a paper under its `AI-generated summary` label, not the authors' abstract\), the first `A small adapter on adapters matches much larger systems on four benchmarks\.`$/),
    ]);
  });

  test.each(layouts)('never publishes a summary as an abstract: a card with a summary and no abstract stops the run naming its title (%s)', (_, dump) => {
    const lines = [...card(0), ...card(1).slice(0, 3), ...card(2)];
    const result = parse(dump(...lines));
    expect(result.entries.map((e) => e.abstract)).not.toContain(summaryOf('priors'));
    expect(result.errors.map(formatProblem)).toEqual([expect.stringMatching(/^d\.txt:\d+: title `Graph Priors` has no abstract: expected an abstract line after it, found only the site's AI-generated summary \(line \d+\), which is not the authors' abstract, then `Folded Ropes` at line \d+; add the paper's abstract under its summary, or delete the paper from the dump$/)]);
  });

  /** How a save may keep a card's labels in one block with the text under them (`\n` within a field: no blank line). */
  const joined = {
    'the summary and the abstract each under its label': (i: number) => [TITLES[i]!, `AI-generated summary\n${summaryOf(TOPICS[i]!)}`, `Abstract\n${abstract(TOPICS[i]!)}`],
    'the summary under its label, the abstract bare': (i: number) => [TITLES[i]!, `AI-generated summary\n${summaryOf(TOPICS[i]!)}`, abstract(TOPICS[i]!)],
    'the summary\'s label alone, the abstract under its label': (i: number) => [TITLES[i]!, 'AI-generated summary', summaryOf(TOPICS[i]!), `Abstract:\n${abstract(TOPICS[i]!)}`],
    'the summary\'s label under the title': (i: number) => [`${TITLES[i]!}\nAI-generated summary`, summaryOf(TOPICS[i]!), 'Abstract', abstract(TOPICS[i]!)],
    'the whole card': (i: number) => [card(i).join('\n')],
  };
  /** Each card one paper under its title with the authors' abstract, every summary dropped with its warning and none published. */
  const expectPapers = (result: ReturnType<typeof parse>) => {
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.entries.map((e) => [e.title, e.abstract])).toEqual(TITLES.map((title, i) => [title, abstract(TOPICS[i]!)]));
    expect(result.warnings.map(formatProblem).filter((w) => !w.includes('`Subscribe`'))).toEqual([
      expect.stringMatching(/^d\.txt:\d+: dropped \d lines that are not titles or abstracts \(.*\), the first `AI-generated summary`$/),
      expect.stringMatching(/^d\.txt:\d+: dropped 3 AI-generated summaries \(the site's summary of a paper under its `AI-generated summary` label, not the authors' abstract\), the first `A small adapter on adapters matches much larger systems on four benchmarks\.`$/),
    ]);
  };

  describe.each(layouts)('a label saved in one block with the text under it (%s)', (_, dump) => {
    test.each(Object.entries(joined))('reads each card as one paper, the summary dropped: %s', (_, cardOf) => {
      expectPapers(parse(dump(...[0, 1, 2].flatMap(cardOf))));
    });

    test('reads each card as one paper, the summary dropped, with the ways mixed in one dump', () => {
      const ways = Object.values(joined);
      for (let first = 0; first < ways.length; first += 1) {
        const cards = [0, 1, 2].map((i) => ways[(first + i) % ways.length]!(i));
        expectPapers(parse(dump(...cards.flat())));
        expectPapers(parse(dump(...[card(0), ...cards.slice(1)].flat())));
      }
    });
  });

  test('never publishes a summary saved in one block with its label as an abstract: a card with no abstract stops the run naming its title', () => {
    const cards = [...joined['the summary and the abstract each under its label'](0), ...joined['the summary and the abstract each under its label'](1).slice(0, 2), ...card(2)];
    const result = parse(blankDump(...HEADER, 'Mar 14', ...cards));
    expect(result.entries.map((e) => e.abstract)).not.toContainEqual(expect.stringContaining(summaryOf('priors')));
    expect(result.errors.map(formatProblem)).toEqual([expect.stringMatching(/^d\.txt:\d+: title `Graph Priors` has no abstract: expected an abstract line after it, found only the site's AI-generated summary \(line \d+\), which is not the authors' abstract, then `Folded Ropes` at line \d+; add the paper's abstract under its summary, or delete the paper from the dump$/)]);
  });

  test('reads a summary and an abstract wrapped over several lines under their labels as one field each', () => {
    /** `text` wrapped at 50 columns, as a plain-text save would. */
    const wrapped = (text: string) => text.replace(/(.{1,50})(?: |$)/gu, '$1\n').trim();
    const cards = [0, 1, 2].flatMap((i) => [TITLES[i]!, `AI-generated summary\n${wrapped(summaryOf(TOPICS[i]!))}`, `Abstract\n${wrapped(abstract(TOPICS[i]!))}`]);
    expectPapers(parse(blankDump(...HEADER, 'Mar 14', ...cards)));
  });
});

describe('parseListing: a summary under a `Summary` or `TL;DR` label', () => {
  const { summaryOf, TOPICS, TITLES, layouts } = CARDS;
  const cards = (label: string) => ({
    'on its own line, the abstract under its label': (i: number) => [TITLES[i]!, label, summaryOf(TOPICS[i]!), 'Abstract', abstract(TOPICS[i]!)],
    'on its own line, the abstract bare': (i: number) => [TITLES[i]!, label, summaryOf(TOPICS[i]!), abstract(TOPICS[i]!)],
    'in one block with the summary, the abstract bare': (i: number) => [TITLES[i]!, `${label}\n${summaryOf(TOPICS[i]!)}`, abstract(TOPICS[i]!)],
    'before the summary on its line, the abstract bare': (i: number) => [TITLES[i]!, `${label}: ${summaryOf(TOPICS[i]!)}`, abstract(TOPICS[i]!)],
  });

  describe.each(layouts)('%s', (_, dump) => {
    describe.each(['Summary', 'TL;DR', 'TLDR'])('%s', (label) => {
      test.each(Object.entries(cards(label)))('reads each card as one paper with the authors\' abstract, the summary dropped with a warning naming its label: %s', (_, cardOf) => {
        const result = parse(dump(...[0, 1, 2].flatMap(cardOf)));
        expect(result.errors.map(formatProblem)).toEqual([]);
        expect(result.entries.map((e) => [e.title, e.abstract])).toEqual(TITLES.map((title, i) => [title, abstract(TOPICS[i]!)]));
        const dropped = result.warnings.map(formatProblem).filter((w) => w.includes('summar'));
        const escaped = label.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
        expect(dropped).toEqual([expect.stringMatching(new RegExp(`^d\\.txt:\\d+: dropped 3 summaries \\(the text under a card's \`${escaped}\` label: a summary of the paper, not the authors' abstract\\), the first \`A small adapter on adapters matches much larger systems on four benchmarks\\.\`$`))]);
      });
    });

    describe.each(['Summary', 'Summary:', 'TL;DR'])('a paper titled `%s`', (label) => {
      const paper = [label, abstract('summaries')];
      /** Each dump's papers, title and abstract, with no summary among them. */
      const expectPapers = (result: ReturnType<typeof parse>, papers: string[][]) => {
        expect(result.errors.map(formatProblem)).toEqual([]);
        expect(result.entries.map((e) => [e.title, e.abstract])).toEqual(papers);
        expect(result.warnings.map(formatProblem).join('\n')).not.toContain(abstract('summaries'));
      };

      test('is read as a paper where a title stands, between papers or first, over its abstract and under the previous one', () => {
        expectPapers(parse(dump(TITLES[0]!, abstract(TOPICS[0]!), ...paper, TITLES[2]!, abstract(TOPICS[2]!))), [[TITLES[0]!, abstract(TOPICS[0]!)], paper, [TITLES[2]!, abstract(TOPICS[2]!)]]);
        expectPapers(parse(dump(...paper, TITLES[1]!, abstract(TOPICS[1]!))), [paper, [TITLES[1]!, abstract(TOPICS[1]!)]]);
        expectPapers(parse(dump(TITLES[0]!, abstract(TOPICS[0]!), ...paper)), [[TITLES[0]!, abstract(TOPICS[0]!)], paper]);
      });

      test('is read as a paper among cards whose summaries stand under the same label, those still dropped', () => {
        const card = (i: number) => [TITLES[i]!, label, summaryOf(TOPICS[i]!), abstract(TOPICS[i]!)];
        const result = parse(dump(...card(0), ...paper, ...card(2)));
        expectPapers(result, [[TITLES[0]!, abstract(TOPICS[0]!)], paper, [TITLES[2]!, abstract(TOPICS[2]!)]]);
        expect(result.entries.map((e) => e.abstract)).not.toContain(summaryOf(TOPICS[0]!));
        expect(result.warnings.map(formatProblem).filter((w) => w.includes('summar'))).toEqual([expect.stringMatching(/: dropped 2 summaries /), expect.stringMatching(/ as the title of a paper, /)]);
      });

      test('says so, naming the line and what to do, as a card\'s summary shown under one abstract only stands the same', () => {
        const result = parse(dump(TITLES[0]!, abstract(TOPICS[0]!), TITLES[1]!, abstract(TOPICS[1]!), label, summaryOf(TOPICS[1]!), TITLES[2]!, abstract(TOPICS[2]!)));
        const escaped = label.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
        expect(result.warnings.map(formatProblem).filter((w) => w.includes('as the title of a paper'))).toEqual([
          expect.stringMatching(new RegExp(`^d\\.txt:\\d+: read \`${escaped}\` as the title of a paper, the text under it \\(line \\d+, \`A small adapter on priors matches…\`\\) as its abstract, as it stands where a title stands, under the abstract of \`Graph Priors\`; if it is a card's label over a summary of that paper, delete both lines from the dump$`)),
        ]);
      });

      test.each([
        ['between papers', [0, 1, 2], [1, 3]],
        ['first and last', [0, 1, 2], [0, 4]],
        ['next to each other', [0, 1], [1, 2]],
        ['among cards that show it between their title and abstract', [0, 1, 2], [1, 3]],
      ] as const)('two or more papers so titled, %s, are each a paper: a card\'s label stands as on the other cards, and these do not', (way, cardsAt, papersAt) => {
        const others = way.startsWith('among') ? (i: number) => [TITLES[i]!, label, summaryOf(TOPICS[i]!), abstract(TOPICS[i]!)] : (i: number) => [TITLES[i]!, abstract(TOPICS[i]!)];
        const named = [abstract('summaries'), abstract('short papers'), abstract('tables')].map((text) => [label, text]);
        const items: string[][] = cardsAt.map((i) => others(i));
        papersAt.forEach((at, k) => items.splice(at, 0, named[k]!));
        const result = parse(dump(...items.flat()));
        const expected: string[][] = cardsAt.map((i) => [TITLES[i]!, abstract(TOPICS[i]!)]);
        papersAt.forEach((at, k) => expected.splice(at, 0, named[k]!));
        expect(result.errors.map(formatProblem)).toEqual([]);
        expect(result.entries.map((e) => [e.title, e.abstract])).toEqual(expected);
        expect(result.warnings.map(formatProblem).filter((w) => w.includes('as the title of a paper'))).toHaveLength(papersAt.length);
      });

      test('where it stands so under every card\'s abstract, is a card\'s label over a summary shown under the abstract: dropped with its warning, never two papers of one title', () => {
        const card = (i: number) => [TITLES[i]!, abstract(TOPICS[i]!), label, summaryOf(TOPICS[i]!)];
        const result = parse(dump(...card(0), ...card(1), ...card(2)));
        expect(result.entries.map((e) => [e.title, e.abstract])).toEqual(TITLES.map((title, i) => [title, abstract(TOPICS[i]!)]));
        expect(result.warnings.map(formatProblem).filter((w) => w.includes('summar'))).toEqual([expect.stringMatching(/: dropped 3 summaries /)]);
      });
    });

    test('never publishes a summary under `TL;DR` as an abstract: a card with no abstract stops the run naming its title and the label', () => {
      const lines = [...cards('TL;DR')['on its own line, the abstract bare'](0), TITLES[1]!, 'TL;DR', summaryOf(TOPICS[1]!), ...cards('TL;DR')['on its own line, the abstract bare'](2)];
      const result = parse(dump(...lines));
      expect(result.entries.map((e) => e.abstract)).not.toContain(summaryOf('priors'));
      expect(result.errors.map(formatProblem)).toEqual([expect.stringMatching(/^d\.txt:\d+: title `Graph Priors` has no abstract: expected an abstract line after it, found only a summary under its `TL;DR` label \(line \d+\), which is not the authors' abstract, then `Folded Ropes` at line \d+; add the paper's abstract under its summary, or delete the paper from the dump$/)]);
    });
  });
});

describe('parseListing: a card\'s label and its text on one line (`Abstract: We study…`)', () => {
  const { summaryOf, TOPICS, TITLES, layouts } = CARDS;
  const cards = {
    'the abstract after its label': (i: number) => [TITLES[i]!, `Abstract: ${abstract(TOPICS[i]!)}`],
    'the abstract after its label, with a full-width colon': (i: number) => [TITLES[i]!, `ABSTRACT\uFF1A${abstract(TOPICS[i]!)}`],
    'the summary under its label, the abstract after its label': (i: number) => [TITLES[i]!, 'AI-generated summary', summaryOf(TOPICS[i]!), `Abstract: ${abstract(TOPICS[i]!)}`],
    'the summary after its label, the abstract after its label': (i: number) => [TITLES[i]!, `AI-generated summary: ${summaryOf(TOPICS[i]!)}`, `Abstract: ${abstract(TOPICS[i]!)}`],
    'the whole card in one block': (i: number) => [`${TITLES[i]!}\nAI-generated summary\n${summaryOf(TOPICS[i]!)}\nAbstract: ${abstract(TOPICS[i]!)}`],
  };

  describe.each(layouts)('%s', (_, dump) => {
    test.each(Object.entries(cards))('reads the text after the label as the abstract, the label dropped, the summary never published: %s', (_, cardOf) => {
      const result = parse(dump(...[0, 1, 2].flatMap(cardOf)));
      expect(result.errors.map(formatProblem)).toEqual([]);
      expect(result.entries.map((e) => [e.title, e.abstract])).toEqual(TITLES.map((title, i) => [title, abstract(TOPICS[i]!)]));
    });
  });

  test('reads an abstract wrapped over several lines after its label as one field, the label dropped', () => {
    const wrapped = (text: string) => text.replace(/(.{1,50})(?: |$)/gu, '$1\n').trim();
    const result = parse(blankDump(...HEADER, 'Mar 14', ...[0, 1, 2].flatMap((i) => [TITLES[i]!, wrapped(`Abstract: ${abstract(TOPICS[i]!)}`)])));
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.entries.map((e) => [e.title, e.abstract])).toEqual(TITLES.map((title, i) => [title, abstract(TOPICS[i]!)]));
  });

  test.each(layouts)('keeps a title that starts with a label\'s word and a colon whole: it does not end as a sentence (%s)', (_, dump) => {
    const titles = ['Abstract: Reasoning Over Shapes', 'Summary: Fast Distillation of Long Documents', 'TL;DR: Too Short, Do Read Everything'];
    const result = parse(dump(...titles.flatMap((title, i) => [title, abstract(TOPICS[i]!)])));
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.entries.map((e) => [e.title, e.abstract])).toEqual(titles.map((title, i) => [title, abstract(TOPICS[i]!)]));
  });
});

describe('parseListing: a card\'s `Abstract` label with no colon at the start of an abstract (`Abstract We study…`, `AbstractWe study…`)', () => {
  const { TOPICS, TITLES, layouts } = CARDS;

  describe.each(layouts)('%s', (_, dump) => {
    test('takes a label glued onto the abstract under its title off, with a warning naming the line; a title that starts with the word stays whole', () => {
      const titles = [TITLES[0]!, 'Abstract Reasoning in LLMs', TITLES[2]!];
      const result = parse(dump(...titles.flatMap((title, i) => [title, i === 2 ? abstract(TOPICS[i]!) : `Abstract${abstract(TOPICS[i]!)}`])));
      expect(result.errors.map(formatProblem)).toEqual([]);
      expect(result.entries.map((e) => [e.title, e.abstract])).toEqual(titles.map((title, i) => [title, abstract(TOPICS[i]!)]));
      expect(result.warnings.map(formatProblem).filter((w) => w.includes('label'))).toEqual([
        expect.stringMatching(/^d\.txt:\d+: removed the card's `Abstract` label from the start of 2 abstracts \(glued onto the text, after a colon, a full stop or a dash, or on every card\), the first `AbstractWe study adapters/),
      ]);
      expect(result.altered.labels).toBe(2);
    });

    test('takes a spaced label off where every card shows it so, two or more', () => {
      const result = parse(dump(...[0, 1, 2].flatMap((i) => [TITLES[i]!, `Abstract ${abstract(TOPICS[i]!)}`])));
      expect(result.errors.map(formatProblem)).toEqual([]);
      expect(result.entries.map((e) => [e.title, e.abstract])).toEqual(TITLES.map((title, i) => [title, abstract(TOPICS[i]!)]));
      expect(result.altered.labels).toBe(3);
    });

    test('keeps a spaced label one card alone shows, with a warning: an abstract may start with a term (`Abstract Meaning Representation`)', () => {
      const amr = 'Abstract Meaning Representation (AMR) is a graph of a sentence; we parse it with a small adapter on four benchmarks.';
      const result = parse(dump(TITLES[0]!, abstract(TOPICS[0]!), 'Parsing AMR', amr, TITLES[2]!, abstract(TOPICS[2]!)));
      expect(result.errors.map(formatProblem)).toEqual([]);
      expect(result.entries.map((e) => e.abstract)).toEqual([abstract(TOPICS[0]!), amr, abstract(TOPICS[2]!)]);
      expect(result.warnings.map(formatProblem).filter((w) => w.includes('label'))).toEqual([
        expect.stringMatching(/^d\.txt:\d+: kept `Abstract` at the start of the abstract of `Parsing AMR` \(`Abstract Meaning Representation…`\): it may be the card's label or the abstract's own words \(`Abstract Meaning Representation`\), and a save writes the label on every card, where other cards here show none; if it is the label, delete it from the entry$/),
      ]);
      expect(result.altered.labels).toBe(0);
    });

    test('takes the label glued before an acronym, a one-letter word or a figure off where every card shows a label (`AbstractKV caches…`, `AbstractA critical…`), and keeps it, with the warning, on one card alone', () => {
      const kv = 'KV caches grow with the context; we study a small adapter that closes the gap on four benchmarks.';
      const a = 'A critical step is to ask whether a small adapter closes the gap to much larger systems on four benchmarks.';
      const result = parse(dump(TITLES[0]!, `Abstract${abstract(TOPICS[0]!)}`, TITLES[1]!, `Abstract${kv}`, TITLES[2]!, `Abstract${a}`));
      expect(result.errors.map(formatProblem)).toEqual([]);
      expect(result.entries.map((e) => e.abstract)).toEqual([abstract(TOPICS[0]!), kv, a]);
      expect(result.altered.labels).toBe(3);
      const alone = parse(dump(TITLES[0]!, abstract(TOPICS[0]!), TITLES[1]!, `Abstract${kv}`, TITLES[2]!, abstract(TOPICS[2]!)));
      expect(alone.entries.map((e) => e.abstract)).toEqual([abstract(TOPICS[0]!), `Abstract${kv}`, abstract(TOPICS[2]!)]);
      expect(alone.warnings.map(formatProblem).filter((w) => w.includes('label'))).toEqual([expect.stringMatching(/^d\.txt:\d+: kept `Abstract` at the start of the abstract of `Graph Priors` \(`AbstractKV caches grow…`\)/)]);
    });

    test('takes the label with a colon off an abstract that does not end as a sentence, which the label is not split from before the structure is read (`Abstract: We study… at https://…`)', () => {
      const url = 'We study priors with a small adapter that closes the gap on four benchmarks; code at https://example.org/priors';
      const result = parse(dump(TITLES[0]!, `Abstract: ${abstract(TOPICS[0]!)}`, TITLES[1]!, `Abstract: ${url}`, TITLES[2]!, `Abstract: ${abstract(TOPICS[2]!)}`));
      expect(result.errors.map(formatProblem)).toEqual([]);
      expect(result.entries.map((e) => e.abstract)).toEqual([abstract(TOPICS[0]!), url, abstract(TOPICS[2]!)]);
    });

    test('keeps spaced words that some cards\' abstracts start with and others do not: two terms (`Abstract Meaning Representation`, `Abstract Syntax Trees`) are no label, which a save writes on every card', () => {
      const amr = 'Abstract Meaning Representation (AMR) is a graph of a sentence; we parse it with a small adapter on four benchmarks.';
      const ast = 'Abstract Syntax Trees give code its structure; we embed them with a small adapter and close the gap on four benchmarks.';
      const result = parse(dump(TITLES[0]!, abstract(TOPICS[0]!), 'Parsing AMR', amr, 'Code Trees', ast, TITLES[2]!, abstract(TOPICS[2]!)));
      expect(result.errors.map(formatProblem)).toEqual([]);
      expect(result.entries.map((e) => e.abstract)).toEqual([abstract(TOPICS[0]!), amr, ast, abstract(TOPICS[2]!)]);
      expect(result.warnings.map(formatProblem).filter((w) => w.includes('label'))).toEqual([
        expect.stringMatching(/^d\.txt:\d+: kept `Abstract` at the start of the abstract of `Parsing AMR` /),
        expect.stringMatching(/^d\.txt:\d+: kept `Abstract` at the start of the abstract of `Code Trees` /),
      ]);
      expect(result.altered.labels).toBe(0);
    });
  });
});

describe('parseListing: a card\'s links under a label (`Code: https://…`)', () => {
  const { TOPICS, TITLES, layouts } = CARDS;
  // The second as Firefox's text save writes a link: its text, then its address in angle brackets.
  const LINKS = ['Code: https://github.com/example/adapters', 'Project page: Website <https://example.github.io/priors/>', 'GitHub: github.com/example/ropes'];

  test.each(layouts)('drops the link a card shows under its abstract as its furniture, with the furniture warning, never as a title or part of an abstract (%s)', (_, dump) => {
    const result = parse(dump(...TITLES.flatMap((title, i) => [title, abstract(TOPICS[i]!), LINKS[i]!])));
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.entries.map((e) => [e.title, e.abstract])).toEqual(TITLES.map((title, i) => [title, abstract(TOPICS[i]!)]));
    expect(result.warnings.map(formatProblem).filter((w) => !w.includes('`Subscribe`'))).toEqual([
      expect.stringMatching(/^d\.txt:\d+: dropped 3 lines that are not titles or abstracts \(.*\), the first `Code: https:\/\/github\.com\/example\/adapters`$/),
    ]);
  });

  test.each(layouts)('drops such a link under one abstract only, and one between a title and its abstract (%s)', (_, dump) => {
    const result = parse(dump(TITLES[0]!, abstract(TOPICS[0]!), LINKS[0]!, TITLES[1]!, LINKS[1]!, abstract(TOPICS[1]!), TITLES[2]!, abstract(TOPICS[2]!)));
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.entries.map((e) => [e.title, e.abstract])).toEqual(TITLES.map((title, i) => [title, abstract(TOPICS[i]!)]));
  });
});

describe('parseListing: text wrapped at a width', () => {
  /** `text` wrapped at `width` columns, as a plain-text save or a mail client would. */
  const wrap = (text: string, width: number) => text.replace(new RegExp(`(.{1,${width}})(?: |$)`, 'g'), '$1\n').trim();
  /** An abstract of several sentences, about 500 characters. */
  const longAbstract = (topic: string) => `${abstract(topic)} ${abstract(`${topic} at scale`)} ${abstract(`${topic} in the wild`)} ${abstract(`${topic} again`)}`;

  test('reads a one-line dump whose abstracts are all cut to one length, with a stray blank line, one line per field', () => {
    const cut = (topic: string) => `${longAbstract(topic).slice(0, 199)}\u2026`;
    const papers = ['Alpha Paper', 'Beta Paper', 'Gamma Paper', 'Delta Paper', 'Epsilon Paper', 'Zeta Paper'];
    const lines = ['Get trending papers in your email inbox!', ...papers.flatMap((t, i) => [i === 0 ? `Subscribe${t}` : t, cut(t)])];
    lines.splice(7, 0, '');
    const result = parse(lines.join('\n'));
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => e.title)).toEqual(papers);
  });

  test('reads a blank-line dump wrapped at 72 columns with a line longer than that (a URL) in the blank-line layout', () => {
    const withUrl = (topic: string) => `${longAbstract(topic)} Code: https://github.com/example-org/token-merging-for-vision-transformers/tree/main/tome`;
    const text = blankDump(...HEADER, 'Mar 14', 'Token Merging for Faster Vision Transformers', wrap(withUrl('tokens'), 72), 'Scaling Laws for Reward Models', wrap(longAbstract('rewards'), 72));
    const result = parse(text);
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => e.title)).toEqual(['Token Merging for Faster Vision Transformers', 'Scaling Laws for Reward Models']);
  });

  test('reads a dump of blocks of a title over its abstract wrapped at 70 columns, a URL line among them', () => {
    const text = blankDump('Mar 14', `Token Merging\n${wrap(`${longAbstract('tokens')} Code: https://github.com/example-org/token-merging-for-vision-transformers`, 70)}`, `Scaling Laws\n${wrap(longAbstract('rewards'), 70)}`);
    const result = parse(text);
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => e.title)).toEqual(['Token Merging', 'Scaling Laws']);
  });

  test('joins a word a line breaker broke after its hyphen with no space (`Long-` over `Context`), in titles and abstracts, and keeps the space after a hyphen that stands for a word (`pre-` over `and`)', () => {
    // A line breaker (Firefox saving a page as "Text files", a word processor) may break after a hyphen, as after a space.
    const text = blankDump(
      ...HEADER,
      'Mar 14',
      'Sparse Routing for Long-\nContext Language Models',
      'We study sparse routing and reach state-of-\nthe-art results with pre-\nand post-training on four long-\ncontext benchmarks, where dense models fall - \nshort.',
      'Scaling Laws for Reward Models',
      wrap(longAbstract('rewards'), 72),
    );
    const result = parse(text);
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => [e.title, e.abstract.slice(0, 165)])).toEqual([
      ['Sparse Routing for Long-Context Language Models', 'We study sparse routing and reach state-of-the-art results with pre- and post-training on four long-context benchmarks, where dense models fall - short.'],
      ['Scaling Laws for Reward Models', longAbstract('rewards').slice(0, 165)],
    ]);
  });

  test('joins a word broken after its hyphen in a block of a title over its abstract, wrapped at 70 columns, in the title and in the abstract', () => {
    /** `text` wrapped at `width` columns by a line breaker that breaks after a hyphen between letters as after a space. */
    const wrapAtHyphens = (text: string, width: number) =>
      text
        .split(/(?<= )|(?<=\p{L}-)(?=\p{L})/u)
        .reduce<string[]>((lines, piece) => ((lines.at(-1)! + piece).trimEnd().length > width ? [...lines, piece] : [...lines.slice(0, -1), lines.at(-1)! + piece]), [''])
        .map((line) => line.trimEnd())
        .join('\n');
    const title = 'Token Merging and Pruning for Efficient Inference in Large Vision-Language Models';
    const tokens = `${longAbstract('tokens')} We train it with a self-supervised objective on long-context video-language data, at state-of-the-art cost.`;
    const block = `${wrapAtHyphens(title, 70)}\n${wrapAtHyphens(tokens, 70)}`;
    expect(block.split('\n').filter((line) => line.endsWith('-')).length).toBeGreaterThanOrEqual(2);
    const result = parse(blankDump('Mar 14', block, `Scaling Laws\n${wrap(longAbstract('rewards'), 70)}`));
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => [e.title, e.abstract])).toEqual([
      [title, tokens],
      ['Scaling Laws', longAbstract('rewards')],
    ]);
  });

  describe('at any width a person may wrap at, as the unwrapped dump reads', () => {
    // Abstracts whose first words are in title case (names of models), so a narrow wrap leaves a first line that reads as a title.
    const PAPERS = [
      ['Balanced Routing for Sparse Mixture-of-Experts Language Models at Scale', 'Sparse Mixture-of-Experts Models (MoEs) such as Switch Transformer, GShard, Mixtral and DeepSeek-MoE route each token to a few experts. We study how routing collapses during long training runs and propose a balancing loss that keeps every expert busy. Experiments on four benchmarks show steady gains at every scale we tried.'],
      ['Contrastive Decoding Reduces Object Hallucination in Vision-Language Models', 'Large Vision-Language Models (LVLMs) such as Flamingo, BLIP-2, LLaVA and Qwen-VL answer questions about images. We find that they often describe objects that are not there, and trace this to the language prior. A contrastive decoding step removes most such errors without retraining.'],
      ['Scaling Laws for Reward Models', longAbstract('rewards')],
    ] as const;
    const WIDTHS = [50, 55, 60, 65, 70, 72, 76, 80, 90, 100];
    const unwrapped = PAPERS.map(([title, text]) => [title, text]);

    test.each(WIDTHS)('a blank line between each title and abstract, wrapped at %i columns', (width) => {
      const result = parse(blankDump(...HEADER, 'Mar 14', ...PAPERS.flatMap(([title, text]) => [wrap(title, width), wrap(text, width)])));
      expect(result.errors.map(formatProblem)).toEqual([]);
      expect(result.entries.map((e) => [e.title, e.abstract])).toEqual(unwrapped);
    });

    test.each(WIDTHS)('a blank line between papers only, each a title over its abstract, wrapped at %i columns', (width) => {
      const result = parse(blankDump(...HEADER, 'Mar 14', ...PAPERS.map(([title, text]) => `${wrap(title, width)}\n${wrap(text, width)}`)));
      expect(result.errors.map(formatProblem)).toEqual([]);
      expect(result.entries.map((e) => [e.title, e.abstract])).toEqual(unwrapped);
    });

    test.each(WIDTHS)('says nothing of each title its wrap broke over lines, at %i columns: the wrap is the layout, as for the abstracts, and a warning a paper would bury the rest', (width) => {
      for (const text of [
        blankDump(...HEADER, 'Mar 14', ...PAPERS.map(([title, abstract]) => `${wrap(title, width)}\n${wrap(abstract, width)}`)),
        blankDump(...HEADER, 'Mar 14', ...PAPERS.flatMap(([title, abstract]) => [wrap(title, width), wrap(abstract, width)])),
      ]) {
        expect(parse(text).warnings.map(formatProblem).filter((w) => /joined lines/.test(w))).toEqual([]);
      }
    });
  });

  test('stops on a dump wrapped at a width with no blank line anywhere: its titles and abstracts cannot be told apart line by line', () => {
    const text = ['Get trending papers in your email inbox!', 'SubscribeToken Merging', wrap(longAbstract('tokens'), 72), 'Scaling Laws', wrap(longAbstract('rewards'), 72)].join('\n');
    expect(errors(text)).toEqual([expect.stringMatching(/^d\.txt:4: the text looks hard-wrapped at about \d+ characters a line with no blank lines between titles and abstracts/)]);
  });

  test('names the first line that goes on mid-sentence from the line above in a one-line dump wrapped at a width, and says to save it again unwrapped', () => {
    // Wrapped by a tool that leaves no space at the end of a line it broke (`fmt`, an editor), so the breaks are not marked.
    const fold = (text: string) => wrap(text, 59);
    const text = ['Get trending papers in your email inbox!', 'SubscribeToken Merging', abstract('tokens').slice(0, 40) + '.', 'Scaling Laws for Reward Models', fold(longAbstract('rewards')), 'Diffusion Priors', fold(longAbstract('depth'))].join('\n');
    expect(errors(text)).toEqual([
      expect.stringMatching(/^d\.txt:6: the text looks hard-wrapped at about 5\d characters a line with no blank lines between titles and abstracts: this line goes on mid-sentence from line 5 \(`…[^`]+`\), where a title or an abstract of its own was expected, so titles and abstracts cannot be told apart; save the page again without wrapping lines \(or with a blank line between each title and abstract\)$/u),
    ]);
  });

  test('stops rather than read a title over its abstract as one title when the title fills a wrapped line', () => {
    const title = 'Token Merging for Faster Vision Transformers Without Any Retraining';
    const text = blankDump('Mar 14', `${title}\n${wrap(longAbstract('tokens'), title.length + 1)}`, `Scaling Laws for Reward Model Overoptimization in Language Models\n${wrap(longAbstract('rewards'), title.length + 1)}`);
    const result = parse(text);
    expect(result.errors.length > 0 || result.entries.map((e) => e.title).join('|') === `${title}|Scaling Laws for Reward Model Overoptimization in Language Models`).toBe(true);
  });

  test('does not read a block of a title over its abstract as one title, with a stray line after it as its abstract', () => {
    const text = blankDump('Mar 14', `Token Merging\n${abstract('tokens')}`, `Diffusion Priors\n${abstract('depth')}`, 'akhaliq', `Scaling Laws\n${abstract('rewards')}`);
    expect(parse(text).errors).not.toEqual([]);
  });

  test('stops on a dump wrapped at a width with no blank line, however few its papers', () => {
    const text = ['Get trending papers in your email inbox!', 'SubscribeToken Merging for Faster Vision Transformers', wrap(`${abstract('tokens')} We show twice the throughput`, 70), 'Scaling Laws for Reward Model Overoptimization', wrap(`${abstract('rewards')} and fit scaling laws to the gap`, 70)].join('\n');
    expect(errors(text)).toEqual([expect.stringMatching(/the text looks hard-wrapped at about \d+ characters a line/)]);
  });

  test('does not read a block of a title over its abstract as the abstract of a stray line before it', () => {
    const text = blankDump('Mar 14', `Token Merging\n${longAbstract('tokens')}`, 'akhaliq', `Scaling Laws\n${longAbstract('rewards')}`);
    const result = parse(text);
    expect(result.errors).not.toEqual([]);
  });
});

describe('parseListing: the page header saved as one block, over blank-line separated papers', () => {
  /** An abstract of a paper's length. */
  const full = (topic: string) => `${abstract(topic)} ${abstract(`${topic} at scale`)} ${abstract(`${topic} in the wild`)}`;
  const papers = ['Sparse Adapters', full('adapters'), 'Graph Priors', full('priors'), 'Token Merging', full('merging'), 'Reward Models', full('rewards')];
  test.each([
    ['with its date line, over the first title in the block', [[...HEADER, 'Mar 14', 'Sparse Adapters'].join('\n'), ...papers.slice(1)]],
    ['with its date line, the first title a block of its own', [[...HEADER, 'Mar 14'].join('\n'), ...papers]],
    ['without its date line, which is a block of its own', [HEADER.join('\n'), 'Mar 14', ...papers]],
    ['in two blocks, the date line over the first title', [HEADER.slice(0, 2).join('\n'), HEADER.slice(2).join('\n'), ['Mar 14', 'Sparse Adapters'].join('\n'), ...papers.slice(1)]],
  ])('reads the header as the page header, never as a title or an abstract (%s)', (_, blocks) => {
    const result = parse(blankDump(...blocks));
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.entries.map((e) => [e.title, e.abstract])).toEqual([['Sparse Adapters', full('adapters')], ['Graph Priors', full('priors')], ['Token Merging', full('merging')], ['Reward Models', full('rewards')]]);
    expect(result.date).toBe('Mar 14');
  });
  test.each([
    ['each title once', (t: string, a: string) => [t, a]],
    ['each title twice, the picture\'s text over it', (t: string, a: string) => [t, t, a]],
  ])('reads the site\'s navigation saved as one block with the date line last, over cards showing %s, as the page header, never as a paper', (_, card) => {
    const navigation = ['Hugging Face', 'Models', 'Datasets', 'Spaces', 'Posts', 'Docs', 'Pricing', 'Log In', 'Sign Up', 'Daily Papers', 'by AK and the research community', 'Mar 14'];
    const result = parse(blankDump(navigation.join('\n'), ...[0, 2, 4, 6].flatMap((i) => card(papers[i]!, papers[i + 1]!))));
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.entries.map((e) => [e.title, e.abstract])).toEqual([['Sparse Adapters', full('adapters')], ['Graph Priors', full('priors')], ['Token Merging', full('merging')], ['Reward Models', full('rewards')]]);
    expect(result.date).toBe('Mar 14');
  });
});

describe('parseListing: blocks and wrapped text, reviewed', () => {
  const wrap = (text: string, width: number) => text.replace(new RegExp(`(.{1,${width}})(?: |$)`, 'g'), '$1\n').trim();
  const longAbstract = (topic: string) => `${abstract(topic)} ${abstract(`${topic} at scale`)} ${abstract(`${topic} in the wild`)} ${abstract(`${topic} again`)}`;

  test('does not crash on a block whose first lines cannot be a title: they name the problem', () => {
    const sentence = `${'A title that is really a sentence of an abstract, '.repeat(7).trim()}.`;
    const result = parse(blankDump('Daily Papers', 'Mar 14', `${sentence}\n${longAbstract('tokens')}`, 'Title', abstract('two')));
    expect(result.errors).not.toEqual([]);
  });

  test('joins an abstract whose first sentence ends a line broken by hand', () => {
    const text = blankDump('Mar 14', 'First Title', 'We propose a method.\nExperiments show gains on four benchmarks, with a small adapter and little compute.', 'Second Title', abstract('two'));
    expect(parse(text).errors).toEqual([]);
    expect(parse(text).entries.map((e) => e.title)).toEqual(['First Title', 'Second Title']);
  });

  test('joins a title of over 150 characters wrapped over lines of its own block', () => {
    const title = 'A Very Long Title About Token Merging for Faster Vision Transformers Without Any Retraining, Measured on Image, Video and Audio Benchmarks at Scale';
    const text = blankDump('Mar 14', wrap(title, 72), wrap(longAbstract('tokens'), 72), 'Second Title', wrap(longAbstract('rewards'), 72));
    expect(parse(text).errors).toEqual([]);
    expect(titles(text)).toEqual([title, 'Second Title']);
  });

  test('reads blocks of a title in title case over its abstract when the title fills the wrapped line, and a count before each', () => {
    const first = 'Sparse Routing for Efficient Multimodal Language Models';
    const second = 'Depth Priors for Video Diffusion Models at Scale and Speed';
    const text = blankDump('Mar 14', '12', `${first}\n${wrap(longAbstract('routing'), first.length + 2)}`, '7', `${second}\n${wrap(longAbstract('depth'), second.length + 2)}`);
    expect(parse(text).errors).toEqual([]);
    expect(titles(text)).toEqual([first, second]);
  });

  test('refuses a one-paper dump wrapped with no blank line however long the site footer under it', () => {
    const footer = ['System theme', 'Company', 'TOS', 'Privacy', 'About', 'Jobs', 'Website', 'Models', 'Datasets', 'Spaces', 'Pricing', 'Docs'];
    const text = ['Get trending papers in your email inbox!', 'SubscribeToken Merging for Faster Vision Transformers', wrap(longAbstract('tokens'), 60), ...footer].join('\n');
    expect(errors(text)).toEqual([expect.stringMatching(/the text looks hard-wrapped at about \d+ characters a line/)]);
  });

  test('gives no joined-lines warning for text wrapped at a width', () => {
    const text = blankDump('Mar 14', 'Token Merging', wrap(longAbstract('tokens'), 72), 'Scaling Laws', wrap(longAbstract('rewards'), 72));
    expect(parse(text).errors).toEqual([]);
    expect(warnings(text).filter((w) => w.includes('joined lines'))).toEqual([]);
  });

  test('keeps a spaced Subscribe in a later title', () => {
    const text = ['Daily Papers', 'Mar 14', 'Tiny Model', 'We make it small and fast.', 'Subscribe to Sparsity: Routing Tokens', abstract('routing')].join('\n');
    expect(titles(text)).toEqual(['Tiny Model', 'Subscribe to Sparsity: Routing Tokens']);
  });
});

describe('parseListing: long abstracts', () => {
  const sentence = 'We measure how the sparse field behaves under load. ';
  const long = (n: number) => sentence.repeat(Math.ceil(n / sentence.length)).slice(0, n - 1).trimEnd() + '.';

  test('keeps an abstract over 6,000 characters whole, with a warning to check it holds one paper', () => {
    const text = blankDump(...HEADER, 'Mar 14', 'Before', abstract('before'), 'Long One', long(6500), 'After', abstract('after'));
    const result = parse(text);
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => e.abstract.length)).toEqual([abstract('before').length, long(6500).length, abstract('after').length]);
    expect(result.warnings.map(formatProblem)).toEqual([
      `d.txt:17: the abstract of \`Long One\` is ${long(6500).length} characters long; kept it whole (abstracts are rarely over 6,000 characters: check that it is one paper's abstract, not the papers after it or the paper's text)`,
    ]);
  });

  test('says an abstract is over 600,000 characters, not exactly that many, past the length it stops counting at', () => {
    const text = blankDump(...HEADER, 'Mar 14', 'Huge One', long(700_000), 'After', abstract('after'));
    const result = parse(text);
    expect(result.entries.map((e) => e.abstract.length)).toEqual([long(700_000).length, abstract('after').length]);
    expect(result.warnings.map(formatProblem)).toEqual([
      `d.txt:13: the abstract of \`Huge One\` is over 600,000 characters long; kept it whole (abstracts are rarely over 6,000 characters: check that it is one paper's abstract, not the papers after it or the paper's text)`,
    ]);
  });

  test('stops at an abstract over 2,000,000 characters, naming its line: no abstract is that long, and reading it would take gigabytes', () => {
    const text = blankDump(...HEADER, 'Mar 14', 'Huge One', long(2_000_100), 'After', abstract('after'));
    expect(errors(text)).toEqual([
      "d.txt:13: the abstract of `Huge One` is over 2,000,000 characters long: expected one paper's abstract (arXiv's are at most 1,920 characters), not a file's text pasted into the page; cut it to the paper's abstract, or delete the paper from the dump",
    ]);
  });

  test('says nothing of an abstract of a real abstract’s length', () => {
    expect(parse(blankDump(...HEADER, 'Mar 14', 'Long One', long(2400), 'After', abstract('after'))).warnings).toEqual([]);
  });
});

describe('parseListing: long titles', () => {
  const long = (n: number) => `Omnibus: Graph Learning ${'Agents'.repeat(400)}`.slice(0, n);

  test.each([301, 340, 999, 1000, 2101])('keeps a %i-character title in the blank-line layout, with a warning', (n) => {
    const text = blankDump(...HEADER, 'Mar 14', 'Before', abstract('before'), long(n), abstract('long'), 'After', abstract('after'));
    const result = parse(text);
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => e.title)).toEqual(['Before', long(n), 'After']);
    expect(result.warnings.map(formatProblem)).toEqual([`d.txt:15: title \`${long(n).slice(0, 59)}…\` is ${long(n).length} characters long; kept it whole (titles over 300 characters are rare: check it is not an abstract)`]);
  });

  test('keeps a 1,000-character title in the one-line layout', () => {
    expect(titles(lineDump('Before', abstract('before'), long(1000), abstract('long'), 'After', abstract('after')))).toEqual(['Before', long(1000), 'After']);
  });

  test('keeps a long first title, never reading the date line as a paper', () => {
    const result = parse(blankDump(...HEADER, 'Mar 14', long(350), abstract('long'), 'After', abstract('after')));
    expect(result.date).toBe('Mar 14');
    expect(result.entries.map((e) => e.title)).toEqual([long(350), 'After']);
  });

  test('counts visible characters, not UTF-16 units or combining marks', () => {
    const astral = '\u{1D54A}\u{1D55A}\u{1D55E} '.repeat(70).trim();
    const zalgo = 'Z\u0300\u0301\u0302\u0303\u0304a\u0305\u0306\u0307\u0308l\u0309\u030A\u030B\u030Cgo'.repeat(3);
    const text = blankDump(...HEADER, 'Mar 14', astral, abstract('astral'), zalgo, abstract('zalgo'));
    expect(titles(text)).toEqual([astral, zalgo]);
    expect(warnings(text)).toEqual([]);
  });
});

describe('parseListing: abstracts cut short', () => {
  test('warns when the last abstract stops mid-sentence, as a page saved before it had loaded does', () => {
    const text = blankDump(...HEADER, 'Mar 14', 'One', abstract('one'), 'Two', 'We study two and ask whether a small adapter closes the gap to much lar');
    expect(titles(text)).toEqual(['One', 'Two']);
    expect(warnings(text)).toEqual([
      'd.txt:17: the abstract of `Two`, the last in the dump, ends mid-sentence (`…the gap to much lar`), as one cut short by a page saved before it had loaded does; if it is, ingest a complete save of the day as well (the longest abstract is kept)',
    ]);
  });

  test('warns when the dump starts with the first title, in lowercase, with nothing above it, as a selection begun inside the first card does', () => {
    for (const separator of ['\n\n', '\n']) {
      const text = ['ers Under Noise', abstract('noise'), 'Two', abstract('two')].join(separator);
      expect(titles(text)).toEqual(['ers Under Noise', 'Two']);
      expect(warnings(text)).toEqual([
        'd.txt:1: the dump starts with the title `ers Under Noise`, in lowercase, with no page header above it, as a selection copied from inside the page does; if the selection began inside that card, the title is cut: put the whole title in the dump (a later complete save of the day retitles the entry, but its URL keeps the cut title)',
      ]);
    }
    // A selection begun inside the first abstract: the piece of it goes as the header's, the title under it is whole.
    const inside = blankDump('odd spacing, as we show.', 'One', abstract('one'), 'Two', abstract('two'));
    expect(warnings(inside).filter((w) => w.includes('starts with the title'))).toEqual([]);
    expect(warnings(blankDump(...HEADER, 'Mar 14', 'one', abstract('one'))).filter((w) => w.includes('starts with the title'))).toEqual([]);
    // A headerless dump of whole cards: a title with a capital, or a lowercase name with one, is no cut word.
    // So are a name's particle (`von Neumann`), a name with a dot (`llama.cpp`) and a method's name before its colon (`mixup:`).
    for (const title of ['Under Noise', 'mPLUG-Owl: Modular Models', 'xLSTM at Scale', '3D Scenes', 'von Neumann Entropy of Attention', 'de Finetti Priors for Agents', 'llama.cpp on Phones', 'mixup: Beyond Empirical Risk']) {
      expect(warnings(blankDump(title, abstract('one'), 'Two', abstract('two'))).filter((w) => w.includes('starts with the title'))).toEqual([]);
    }
  });

  test('warns once when abstracts end in an ellipsis, as ones the page shortened do', () => {
    const text = blankDump(...HEADER, 'Mar 14', 'One', `${abstract('one').slice(0, 60)}\u2026`, 'Two', `${abstract('two').slice(0, 60)}...`, 'Three', abstract('three'));
    expect(warnings(text)).toEqual([
      'd.txt:13: 2 abstracts end in an ellipsis, as ones a page shortened do, the first that of `One`; if they are shortened, ingest a save of the page that shows them whole as well (the longest abstract is kept)',
    ]);
  });

  test('says nothing of abstracts that end as sentences do, in a bracket, a quote or a question', () => {
    const endings = ['It works.', 'It works (mostly).', 'Does it work?', 'It "works."', 'It works!'];
    const text = blankDump(...HEADER, 'Mar 14', ...endings.flatMap((ending, i) => [`Paper ${i}`, `${abstract(String(i))} ${ending}`]));
    expect(warnings(text)).toEqual([]);
  });
});

describe('parseListing: broken structure', () => {
  test.each([
    ['blank-line', (...f: string[]) => blankDump(...HEADER, 'Mar 14', ...f)],
    ['one-line', (...f: string[]) => lineDump(f[0]!, ...f.slice(1))],
  ] as const)('names a date line where an abstract belongs as a date line, a card\'s day, never as the next title (%s)', (_, dump) => {
    const TITLES = ['Sparse Adapters', 'Graph Priors', 'Folded Ropes', 'Paper Cranes', 'Knots Hold'];
    const text = dump(...TITLES.flatMap((title) => [title, 'Mar 13', longAbstractOf(title)]));
    const said = parse(text).errors.map(formatProblem);
    const lines = text.split('\n');
    const titleLine = lines.findIndex((l) => l.endsWith('Sparse Adapters')) + 1;
    const dateLine = lines.indexOf('Mar 13') + 1;
    expect(said).toContain(`d.txt:${titleLine}: title \`Sparse Adapters\` has no abstract: expected an abstract line after it, found the date line \`Mar 13\` at line ${dateLine}, where its abstract belongs: a card's day, as a week's listing shows one on each card? Expected one day's listing per file: split the file into one dump per day, or delete the cards' date lines`);
    expect(said.join('\n')).not.toContain('reads as the next title');
  });

  test('a title with no abstract at the end of the file', () => {
    expect(errors('Folded Ropes\nRopes fold.\nDangling Title\n')).toMatchInlineSnapshot(`
      [
        "d.txt:3: title \`Dangling Title\` has no abstract: expected an abstract line after it, found the end of the file",
      ]
    `);
  });

  test('a title whose abstract is missing, leaving extra blank lines', () => {
    expect(errors(blankDump(...HEADER, 'Mar 14', 'One', abstract('one'), 'Lost Abstract\n\n', 'Two', abstract('two')))).toEqual([
      'd.txt:15: title `Lost Abstract` has no abstract: expected an abstract after it, found an empty line',
    ]);
  });

  test('a paragraph where a title should be, in either layout', () => {
    expect(errors(`Folded Ropes\n${abstract('ropes')}\n${abstract('a lost title')}\nKnots\n${abstract('knots')}`)).toEqual([
      `d.txt:3: expected a title, found \`${abstract('a lost title').slice(0, 59)}…\` (120 characters), which has no title before it; is a title missing, or is it a further paragraph of the abstract above? (add the title, or join the paragraph to that abstract)`,
    ]);
    expect(errors(blankDump('Mar 14', 'One', abstract('one'), 'A short second paragraph.', 'Two', abstract('two'), 'Three', abstract('three')))).toHaveLength(1);
  });

  test('two paragraphs split off their abstracts a paper apart: stops, rather than shift the pairs between them', () => {
    const long = (topic: string) => `${abstract(topic)} ${abstract(`more ${topic}`)} ${abstract(`still more ${topic}`)}`;
    const text = blankDump('Mar 14', 'Zero', long('zero'), 'One', long('one'), 'The code is at https://github.com/example/one.', 'Two', long('two'), 'The code is at https://github.com/example/two.', 'Three', long('three'));
    expect(errors(text)).toEqual([expect.stringMatching(/^d\.txt:15: expected a title, found `We study two .*ending in a full stop\), which reads as an abstract; is a title missing near it, or is a paragraph split off an abstract nearby\?/)]);
  });

  test('a paragraph split off each of two abstracts in a row: stops, rather than publish a sentence as a title over the next title as its abstract', () => {
    const first = (topic: string) => `We study ${topic} with a small adapter.`;
    const rest = (topic: string) => `Experiments on four benchmarks show that the adapter for ${topic} closes the gap to much larger systems.`;
    const papers = [
      ['Zero Shots', first('zero'), rest('zero')],
      ['One Shot', first('one'), rest('one')],
      ['Two Shots', abstract('two')],
    ];
    for (const [layout, text] of [
      ['blank-line', blankDump('Mar 14', ...papers.flat())],
      ['one-line', ['Mar 14', ...papers.flat()].join('\n')],
    ]) {
      const result = parse(text!);
      expect(result.errors.map(formatProblem), layout).toEqual([expect.stringMatching(/^d\.txt:(7|4): `Experiments on four benchmarks show .*` reads as a title over `One Shot` \(line (9|5)\) as its abstract/)]);
    }
    // The next title a question, which ends as a sentence may.
    const question = blankDump('Mar 14', ...papers.flat()).replace('One Shot', 'Does One Shot Suffice?');
    expect(errors(question)).toEqual([expect.stringMatching(/^d\.txt:7: `Experiments on four benchmarks show .*` reads as a title over `Does One Shot Suffice\?` \(line 9\) as its abstract/)]);
  });

  describe('an abstract in three parts (paragraphs, or lines broken anywhere), its second read as a title over its third', () => {
    const first = abstract('routing');
    const last = 'We release the benchmark and the code to support further work on adapters.';
    const dump = (layout: 'blank-line' | 'one-line', second: string, third = last, opening = first) => {
      const papers = ['Sparse Adapters', opening, second, third, 'Graph Priors', abstract('two'), 'Folded Ropes', abstract('three')];
      return layout === 'blank-line' ? blankDump(...HEADER, 'Mar 14', ...papers) : lineDump(...(papers as [string, ...string[]]));
    };
    /** The abstract's first part, broken off mid-sentence. */
    const cut = 'We study routing and ask whether a small adapter closes the gap to much larger systems; it does on four benchmarks, and a second study times it';
    const said = (line: number, second: string, why: string, above: number) =>
      `d.txt:${line}: \`${second.slice(0, 39)}…\` reads as a title, but it is text of an abstract (it ${why}): a part of the abstract of \`Sparse Adapters\` (line ${above}) read as a paper, the text under it as its abstract; expected a title over each abstract: join the lines of that abstract (delete the line breaks and blank lines between them) and ingest again`;
    test.each([
      ['says `we`', 'In a second study, we compare the adapters with full fine-tuning on time spent and find large savings.', 'ends with a full stop and says `we`'],
      ['says `our`', 'A second study compares the adapters with full fine-tuning and finds that our savings hold at scale.', 'ends with a full stop and says `our`'],
      ['asks a question, then says `we`', 'Can adapters close the gap? In a second study, we compare them with full fine-tuning.', 'ends with a full stop and says `we`'],
    ])('stops at a paragraph that %s and ends with a full stop, in either layout, rather than publish it as a paper', (_, second, why) => {
      for (const [layout, line, above] of [
        ['blank-line', 15, 13],
        ['one-line', 5, 4],
      ] as const) {
        expect(errors(dump(layout, second)), layout).toEqual([`${said(line, second, why, above)}; if it is a paper's title, take the full stop off its end`]);
      }
    });
    test.each([
      ['holds two sentences and ends with a full stop', first, 'A second study compares the adapters with full fine-tuning. The savings hold at every scale.', last, 'holds two sentences'],
      // Text under it that repeats its words is no sign of a title where the paper above says them too: an abstract's parts all do.
      ['holds two sentences and ends with a full stop, over text that repeats its words, as the paper above does', 'Sparse adapters cut the cost of serving routers.', 'Sparse adapters share keys across routers. They cut serving cost.', 'We evaluate sparse adapters that share keys across routers and cut serving cost on four benchmarks.', 'holds two sentences'],
      ['holds two sentences, the second cut, over text that goes on', first, 'A second study compares the adapters with full fine-tuning. The', 'savings hold at every scale we tried, and the code is public.', 'holds two sentences'],
      ['starts with `and` under text cut mid-sentence', cut, 'and compares the adapters with full fine-tuning on time spent, finding large savings at', 'every scale we tried, with the code public.', 'starts with `and`, as the middle of a sentence does'],
      ['starts with `the` under text cut mid-sentence', cut, 'the adapters with full fine-tuning on time spent, finding large savings at every scale we', 'tried, with the code public.', 'starts with `the`, as the middle of a sentence does'],
    ])('stops at a part that %s, in either layout, rather than publish it as a paper', (_, opening, second, third, why) => {
      for (const [layout, line, above] of [
        ['blank-line', 15, 13],
        ['one-line', 5, 4],
      ] as const) {
        expect(errors(dump(layout, second, third, opening)), layout).toEqual([said(line, second, why, above)]);
      }
    });
    test.each([
      ['ending with no full stop', 'Sparse Adapters for Routing in Our Models'],
      ['with a capital `We`', 'What We Learned from Sparse Adapters.'],
      ['with a question, then a subtitle', 'Do Adapters Suffice? A Study of Routing.'],
      ['in sentence case with `we` in a question, then a subtitle', 'Can we trust sparse adapters? A study of routing.'],
      ['in sentence case with `our` in a question, then a subtitle', 'Are our adapters too sparse? An audit of routing.'],
      ['with an initial', 'Adapters for J. Doe and Friends.'],
      ['with `vs.`', 'Sparse Adapters vs. Full Fine-Tuning.'],
      ['starting with a name in small letters', 'smolroute: Sparse Adapters for the Rest of Us'],
      ['in small letters, starting with `the`, under a whole abstract', 'the sparse adapter. a study of routing'],
      ['holding two sentences, over an abstract that starts as one does', 'Sparse Adapters Route. Graph Priors Fold'],
    ])('reads a title %s as a paper\'s, as before', (_, title) => {
      const text = lineDump('Graph Priors', abstract('two'), title, abstract('one'), 'Folded Ropes', abstract('three'));
      expect(parse(text).errors).toEqual([]);
      expect(titles(text)).toEqual(['Graph Priors', title, 'Folded Ropes']);
    });
    test.each([
      ['says `we` and ends with `et al.`', 'What we learned from replicating Smith et al.', 'We replicate the routing study of Smith et al. on four benchmarks and report what we learned from replicating it.', 'ends with a full stop and says `we`'],
      ['holds two sentences in sentence case and ends with a full stop', 'Attention is not all you need. Pure attention loses rank.', 'We show that pure attention loses rank doubly exponentially with depth, so attention is not all you need: skip connections and MLPs keep the rank.', 'holds two sentences'],
      ['says `our` and ends with a full stop', 'Sparse adapters for our routers.', 'Routers pick among sparse adapters; we give our routers a prior over adapters and find that sparse ones suffice.', 'ends with a full stop and says `our`'],
    ])('reads a title that %s, over an abstract that repeats most of its words, as a paper\'s, with a warning naming it, in either layout', (_, title, own, why) => {
      const papers = ['Graph Priors', abstract('two'), title, own, 'Folded Ropes', abstract('three')];
      for (const [layout, text, line, above, under] of [
        ['blank-line', blankDump(...HEADER, 'Mar 14', ...papers), 15, 13, 17],
        ['one-line', lineDump(...(papers as [string, ...string[]])), 5, 4, 6],
      ] as const) {
        const result = parse(text);
        expect(result.errors, layout).toEqual([]);
        expect(titles(text), layout).toEqual(['Graph Priors', title, 'Folded Ropes']);
        expect(result.warnings.map(formatProblem), layout).toContainEqual(
          `d.txt:${line}: read \`${title.length > 40 ? `${title.slice(0, 39)}…` : title}\` as a paper's title, though it reads as text of an abstract (it ${why}): the abstract under it (line ${under}) repeats half its words or more, as a paper's abstract does its title's, and the paper above does not; if it is a part of the abstract of \`Graph Priors\` (line ${above}), join the lines of that abstract (delete the line breaks and blank lines between them) and ingest again`,
        );
      }
    });
    test.each([
      ['a link\'s address', 'https://github.com/example/graph-priors'],
      ['its keywords', 'Keywords: graph priors, molecules, sampling'],
      ['its venue', 'Accepted at a workshop on graph learning 2025'],
    ])('reads a title in small letters starting with `the` or `how` under an abstract that ends whole with %s, in either layout, as a paper\'s, as before', (_, end) => {
      for (const title of ['the sparse adapter, revisited', 'how far can sparse adapters go']) {
        const papers = ['Graph Priors', `${abstract('two')} ${end}`, title, abstract('one'), 'Folded Ropes', abstract('three')];
        for (const text of [blankDump(...HEADER, 'Mar 14', ...papers), lineDump(...(papers as [string, ...string[]]))]) {
          expect(parse(text).errors).toEqual([]);
          expect(titles(text)).toEqual(['Graph Priors', title, 'Folded Ropes']);
        }
      }
    });
  });

  describe('an abstract with a line of its own inside it (a quotation, a formula) after a sentence that goes on', () => {
    const before = (mark: string) => `We revisit the claim made in the title of a well-known essay on sequence models and their training${mark}`;
    const quoted = 'Attention Is All You Need';
    const after = 'We ask whether the claim still holds at scale and find that it largely does, with caveats for long contexts.';
    const papers = (mark: string) => ['Sparse Adapters', abstract('one'), 'Prefix Caches', before(mark), quoted, after, 'Graph Priors', abstract('two')];
    test.each([':', ';', ','])('stops at the line under an abstract that ends with `%s`, in either layout, rather than publish it as a paper over the rest of the abstract', (mark) => {
      for (const [layout, text, line, above] of [
        ['blank-line', blankDump(...HEADER, 'Mar 14', ...papers(mark)), 19, 17],
        ['one-line', lineDump(...(papers(mark) as [string, ...string[]])), 7, 6],
      ] as const) {
        expect(errors(text), layout).toEqual([
          `d.txt:${line}: \`${quoted}\` reads as a title, but the abstract above it, of \`Prefix Caches\` (line ${above}), ends with \`${mark}\`, as a sentence that goes on does: a line of that abstract (a quotation, a formula, a list) reads as the next paper's title; expected each abstract whole under its title: join the lines of that abstract (delete the line breaks and blank lines between them) and ingest again; if the copy cut that abstract short, copy the page again whole and ingest that; if they are a paper's title and abstract, end the abstract above with its full stop`,
        ]);
      }
    });
    test('says, at an abstract a copy cut short where it goes on, over the next paper, to copy the page again whole', () => {
      const text = lineDump('Sparse Adapters', abstract('one'), 'Prefix Caches', before(','), 'Graph Priors', abstract('two'));
      expect(errors(text)).toEqual([expect.stringMatching(/^d\.txt:7: `Graph Priors` reads as a title, but the abstract above it, of `Prefix Caches` \(line 6\), ends with `,`.*; if the copy cut that abstract short, copy the page again whole and ingest that;/u)]);
    });
    test.each([':)', ';)', ':]'])('reads an abstract ending with a smiley (`%s`) as a whole one, in either layout, as before', (smiley) => {
      const joking = `${abstract('jokes')} We think the answer is yes ${smiley}`;
      const papers = ['Sparse Adapters', abstract('one'), 'Tiny Jokes', joking, 'Graph Priors', abstract('two')];
      for (const text of [blankDump(...HEADER, 'Mar 14', ...papers), lineDump(...(papers as [string, ...string[]]))]) {
        expect(parse(text).errors).toEqual([]);
        expect(parse(text).entries.map((e) => [e.title, e.abstract])).toEqual([['Sparse Adapters', abstract('one')], ['Tiny Jokes', joking], ['Graph Priors', abstract('two')]]);
      }
    });
    test.each([':', ';', ','])('reads a title under an abstract that ends with `%s`, over an abstract that repeats most of its words, as a paper\'s, with a warning naming it, in either layout', (mark) => {
      const own = 'Sparse adapters route each token to a few adapters; we train the sparse adapters with a router and find they match dense ones.';
      const cut = `${abstract('caches')} Code is available at${mark}`;
      const papers = ['Sparse Adapters', abstract('one'), 'Prefix Caches', cut, 'Routing Sparse Adapters', own, 'Graph Priors', abstract('two')];
      for (const [layout, text, line, above, under] of [
        ['blank-line', blankDump(...HEADER, 'Mar 14', ...papers), 19, 17, 21],
        ['one-line', lineDump(...(papers as [string, ...string[]])), 7, 6, 8],
      ] as const) {
        const result = parse(text);
        expect(result.errors, layout).toEqual([]);
        expect(result.entries.map((e) => [e.title, e.abstract]), layout).toEqual([['Sparse Adapters', abstract('one')], ['Prefix Caches', cut], ['Routing Sparse Adapters', own], ['Graph Priors', abstract('two')]]);
        expect(result.warnings.map(formatProblem), layout).toContainEqual(
          `d.txt:${line}: read \`Routing Sparse Adapters\` as a paper's title, though the abstract above it, of \`Prefix Caches\` (line ${above}), ends with \`${mark}\`, as a sentence that goes on does: the abstract under it (line ${under}) repeats half its words or more, as a paper's abstract does its title's, and the paper above does not; if it is a line of that abstract, join the lines of that abstract (delete the line breaks and blank lines between them) and ingest again; if the copy cut that abstract short, copy the page again whole and ingest that`,
        );
      }
    });
    test('reads the last abstract ending so as one cut short, with a warning, as before', () => {
      const result = parse(lineDump('Sparse Adapters', abstract('one'), 'Prefix Caches', before(':')));
      expect(result.errors).toEqual([]);
      expect(result.warnings.map(formatProblem)).toContainEqual(expect.stringMatching(/^d\.txt:6: the abstract of `Prefix Caches`, the last in the dump, ends mid-sentence/u));
    });
  });

  describe('an abstract that lists its points one a line, in the one-line layout', () => {
    const intro = 'Serving large models is costly, and most of the cost goes to recomputing prompts that many requests share.';
    const items = (mark: (i: number) => string) => [
      `${mark(0)}We design a cache that shares keys and values across requests with a common prefix.`,
      `${mark(1)}We build a scheduler that groups requests by prefix so that the cache is hit more often.`,
      `${mark(2)}We release an open benchmark of serving traces from three production systems.`,
    ];
    const outro = 'Together these cut the cost of serving by half on the traces we study.';
    const dump = (listed: string[]) => lineDump('Sparse Adapters', abstract('one'), 'Prefix Caches', ...listed, 'Graph Priors', abstract('two'), 'Folded Ropes', abstract('three'));
    /** The error at the list's first item, line 7, the list ending at line `last`. */
    const listSaid = (first: string, mark: string, last: number) =>
      `d.txt:7: \`${first.slice(0, 39)}…\` reads as a title, but starts as an item of a list in an abstract does (\`${mark.trim()}\`), where the dump's titles start with no such mark: the lines of the abstract of \`Prefix Caches\` (lines 6\u2013${last}) are read as papers; expected each abstract on one line: join the lines of that abstract to its first and ingest again`;
    test.each([
      ['hyphens', () => '- '],
      ['bullets', () => '\u2022 '],
      ['numbers', (i: number) => `${i + 1}. `],
      ['numbers in brackets', (i: number) => `(${i + 1}) `],
      ['numbers with a bracket', (i: number) => `${i + 1}) `],
      ['letters in brackets', (i: number) => `(${'abc'[i]}) `],
      ['roman numerals', (i: number) => `(${['i', 'ii', 'iii'][i]}) `],
    ])('stops at a list item (%s) read as a title, rather than publish the list as papers and the abstract cut short', (_, mark) => {
      const listed = items(mark);
      const result = parse(dump([intro, ...listed, outro]));
      expect(result.errors.map(formatProblem)).toEqual([
        `d.txt:7: \`${listed[0]!.slice(0, 39)}…\` reads as a title, but starts as an item of a list in an abstract does (\`${mark(0).trim()}\`), where the dump's titles start with no such mark: the lines of the abstract of \`Prefix Caches\` (lines 6\u201310) are read as papers; expected each abstract on one line: join the lines of that abstract to its first and ingest again`,
      ]);
    });
    test.each([
      ['letters with a full stop', (i: number) => `${'abc'[i]}. `],
      ['capital letters in brackets', (i: number) => `(${'ABC'[i]}) `],
      ['capital letters with a full stop', (i: number) => `${'ABC'[i]}. `],
      ['capital roman numerals', (i: number) => `${['I', 'II', 'III'][i]}. `],
      ['numbers in square brackets', (i: number) => `[${i + 1}] `],
      ['numbers with a colon', (i: number) => `${i + 1}: `],
      ['numbers of a section', (i: number) => `1.${i + 1} `],
      ['numbers of a section with a full stop', (i: number) => `2.${i + 1}. `],
      ['circled numbers', (i: number) => `${'\u2460\u2461\u2462'[i]} `],
      ['keycap figures', (i: number) => `${i + 1}\uFE0F\u20E3 `],
      ['figures in brackets of one character', (i: number) => `${'\u2474\u2475\u2476'[i]} `],
      ['arrows', () => '\u2192 '],
      ['double arrows typed', () => '=> '],
      ['check marks', () => '\u2713 '],
      ['small squares', () => '\u25AA '],
      ['an emoji', () => '\u{1F539} '],
      ['numbers written alike, as Markdown lets a list be typed', () => '1. '],
      ['research questions', (i: number) => `RQ${i + 1}: `],
      ['hypotheses with a full stop', (i: number) => `H${i + 1}. `],
    ])('stops at a list item (%s) read as a title, as at a hyphen\'s', (_, mark) => {
      const listed = items(mark);
      expect(errors(dump([intro, ...listed, outro]))).toEqual([listSaid(listed[0]!, mark(0), 10)]);
    });
    describe('in title case, each item a heading of the list, not a sentence', () => {
      const headed = (mark: (i: number) => string) => [
        `${mark(0)}Prefix Sharing: A Cache That Shares Keys and Values Across Requests With a Common Prefix`,
        `${mark(1)}Prefix-Aware Scheduling: Grouping Requests by Their Prefix So the Cache Is Hit More Often`,
        `${mark(2)}An Open Benchmark of Serving Traces From Three Production Systems`,
        `${mark(3)}Open Weights and Code`,
      ];
      test.each([
        ['hyphens', () => '- '],
        ['asterisks', () => '* '],
        ['en dashes', () => '\u2013 '],
        ['arrows', () => '\u2192 '],
        ['numbers', (i: number) => `${i + 1}. `],
        ['letters with a full stop', (i: number) => `${'abcd'[i]}. `],
        ['capital letters in brackets', (i: number) => `(${'ABCD'[i]}) `],
        ['numbers of a section', (i: number) => `1.${i + 1} `],
        ['a different emoji each', (i: number) => `${['\u{1F680}', '\u26A1', '\u{1F4CA}', '\u{1F513}'][i]} `],
        ['check marks and crosses', (i: number) => `${['\u2705', '\u274C', '\u2713', '\u2717'][i]} `],
        ['research questions', (i: number) => `Q${i + 1}: `],
      ])('stops at the first item (%s) read as a title, whether two, three or four items and a closing line follow the abstract\'s first', (_, mark) => {
        const listed = headed(mark);
        for (const [lines, last] of [
          [[intro, ...listed.slice(0, 2)], 8],
          [[intro, ...listed.slice(0, 3), outro], 10],
          [[intro, ...listed], 10],
        ] as const) {
          expect(errors(dump([...lines])), `${lines.length} lines`).toEqual([listSaid(listed[0]!, mark(0), last)]);
        }
      });
    });
    test.each([
      ['a hyphen, reading as a sentence', '- We design a cache that shares keys and values across requests.'],
      ['an emoji, in sentence case', '\u{1F377} Finewine: decanting the web for the finest text data at scale'],
      ['a figure of a section, in sentence case', '2.5 years of routing in sparse adapters'],
    ])('reads a lone title starting with %s, with no other item of a list around it, as a paper\'s, with a warning naming it', (_, title) => {
      const text = lineDump('Sparse Adapters', abstract('one'), title, abstract('two'), 'Graph Priors', abstract('three'));
      const result = parse(text);
      expect(result.errors).toEqual([]);
      expect(titles(text)).toEqual(['Sparse Adapters', title, 'Graph Priors']);
      expect(result.warnings.map(formatProblem)).toContainEqual(
        `d.txt:5: read \`${title.length > 40 ? `${title.slice(0, 39)}…` : title}\` as a paper's title, though it starts as an item of a list does (\`${title.split(' ')[0]}\`) and no other line around it does; if it is a line of the abstract of \`Sparse Adapters\` (line 4), join it to that abstract and ingest again`,
      );
    });
    test.each([
      ['an arrow', '\u2192 Arrows of Time in Video Models'],
      ['an emoji', '\u{1F917} Transformers at Scale'],
      ['an initial', 'J. Doe Is Not a Person: Anonymity in Peer Review'],
      ['a figure of a section', '1.58 Bits on the Edge: Ternary Models on Phones'],
      ['a counting word joined by a hyphen', 'Step-by-Step Reasoning Elicits Planning in Small Models'],
      ['a counting word, a figure and a colon', 'Stage 2: Scaling Reinforcement Learning for Reasoning'],
      ['a number sign and a figure', '#1 on the Leaderboard? Contamination in Code Benchmarks'],
      ['a figure joined by a hyphen', '1-bit LLMs Are All You Need on the Edge'],
      ['a figure joined by a hyphen to a capital', '2-Simplicial Attention for Higher-Order Reasoning'],
      ['a figure and a spaced dash', '1 \u2013 Introduction to Sparse Routing'],
      ['a figure in Markdown bold', '**1.** A Title Someone Typed in Markdown'],
    ])('reads a lone title in title case starting with %s, its small words a title\'s (`in`, `at`, `on`), as a paper\'s with no warning, in either layout', (_, title) => {
      const papers = ['Sparse Adapters', abstract('one'), title, abstract('two'), 'Graph Priors', abstract('three')];
      for (const [layout, text] of bothLayouts(papers)) {
        expect(errors(text), layout).toEqual([]);
        expect(titles(text), layout).toEqual(['Sparse Adapters', title, 'Graph Priors']);
        expect(warnings(text).filter((said) => said.includes('as an item of a list')), layout).toEqual([]);
      }
    });
    test.each([
      ['an initial', 'C. elegans Connectome Simulation at Whole-Brain Scale', 'C. elegans has a fully mapped connectome; we simulate all 302 neurons with learned synapses and reproduce locomotion.'],
      ['initials', 'A. I. for Science: A Survey of Foundation Models in the Lab', 'A. I. for science promises faster discovery; we survey foundation models used in laboratories and list open problems.'],
      ['an author\'s initial', 'J. Doe Is Not a Person: Anonymity in Peer Review', 'J. Doe is a placeholder name; we study how anonymity in peer review changes the scores reviewers give.'],
      ['a figure with decimals', '1.58 Bits Are Enough: Ternary Language Models', '1.58 bits per weight suffice for language models; we pretrain ternary models on 2T tokens and match FP16.'],
      ['a letter and a colon', 'Q: Can Language Models Reason About Time?', 'Q: can they? We test language models on temporal questions and find that they cannot.'],
      ['an emoji before a name', '\u{1F917} Transformers at Scale', '\u{1F917} Transformers is a library of pretrained models; we describe how it scales to a million users.'],
      ['an arrow before a name', '\u2192 Arrow: Columnar Memory for Data Frames', '\u2192 Arrow lays out data frames in columns; we show the columnar memory layout speeds up scans of data frames.'],
    ])('reads a title starting with %s over its own abstract starting alike as a paper\'s, not a list of two items, in either layout', (_, title, own) => {
      const papers = ['Sparse Adapters', abstract('one'), title, own, 'Graph Priors', abstract('two'), 'Folded Ropes', abstract('three')];
      for (const [layout, text] of bothLayouts(papers)) {
        expect(errors(text), layout).toEqual([]);
        expect(parse(text).entries.map((e) => [e.title, e.abstract]), layout).toContainEqual([title, own]);
        expect(titles(text), layout).toEqual(['Sparse Adapters', title, 'Graph Priors', 'Folded Ropes']);
      }
    });
    test.each([
      ['figures with decimals', '3.5 million hours of speech are transcribed in 40 languages; we train a recogniser on them and release it.', '1.58 Bits Are Enough: Ternary Language Models'],
      ['initials', 'C. elegans has a fully mapped connectome; we simulate all 302 neurons with learned synapses and reproduce locomotion.', 'E. coli Growth Curves From Microscopy Videos'],
      ['roman numerals', 'I. Introduction to the problem of routing is given by the survey we summarise here, with its open questions.', 'V. Large Language Models for Verse'],
    ])('reads a title starting with a counter under an abstract starting with one it does not follow (%s) as a paper\'s, in either layout', (_, above, title) => {
      const papers = ['Sparse Adapters', above, title, abstract('two'), 'Graph Priors', abstract('three')];
      for (const [layout, text] of bothLayouts(papers)) {
        expect(errors(text), layout).toEqual([]);
        expect(titles(text), layout).toEqual(['Sparse Adapters', title, 'Graph Priors']);
      }
    });
    describe('in any numeral system, after a counting word, in Markdown bold, or a bullet glued to its word, in either layout', () => {
      /** The line of the `i`th field of `papers` in `layout` (the blank-line one starts at line 11, a field every other line). */
      const lineOf = (layout: string, i: number) => (layout === 'blank-line' ? 11 + 2 * i : 3 + i);
      /** `lines` as the abstract of `Prefix Caches`, the fourth field, between ordinary papers. */
      const listedIn = (lines: readonly string[]) => ['Sparse Adapters', abstract('one'), 'Prefix Caches', ...lines, 'Graph Priors', abstract('two'), 'Folded Ropes', abstract('three')];
      test.each([
        ['a counting word, a figure and a colon', (i: number) => `Step ${i + 1}: `],
        ['a counting word, a figure and a full stop', (i: number) => `Stage ${i + 1}. `],
        ['a counting word, a figure and a spaced dash', (i: number) => `Phase ${i + 1} \u2013 `],
        ['full-width figures and full stops, glued to the word', (i: number) => `${'\uFF11\uFF12\uFF13\uFF14'[i]}\uFF0E`],
        ['full-width figures and brackets', (i: number) => `${'\uFF11\uFF12\uFF13\uFF14'[i]}\uFF09 `],
        ['figures of another script (Arabic-Indic)', (i: number) => `${'\u0661\u0662\u0663\u0664'[i]}. `],
        ['Roman numeral characters', (i: number) => `${'\u2160\u2161\u2162\u2163'[i]}. `],
        ['small Roman numeral characters in brackets', (i: number) => `(${'\u2170\u2171\u2172\u2173'[i]}) `],
        ['Chinese numerals and an ideographic comma', (i: number) => `${'\u4E00\u4E8C\u4E09\u56DB'[i]}\u3001`],
        ['a figure and a spaced hyphen', (i: number) => `${i + 1} - `],
        ['a figure and a spaced em dash', (i: number) => `${i + 1} \u2014 `],
        ['a figure and a letter', (i: number) => `1${'abcd'[i]}) `],
        ['figures and a bracket glued to the word', (i: number) => `${i + 1})`],
        ['small roman numerals in brackets glued to the word', (i: number) => `(${['i', 'ii', 'iii'][i]})`],
        ['figures, a full stop and a bracket', (i: number) => `${i + 1}.) `],
        ['figures and a slash, as a thread counts', (i: number) => `${i + 1}/ `],
        ['a number sign and a figure', (i: number) => `#${i + 1} `],
        ['figures in Markdown bold', (i: number) => `**${i + 1}.** `],
        ['a counting word in Markdown bold', (i: number) => `**Step ${i + 1}:** `],
        ['bullets glued to the word', () => '\u2022'],
        ['hyphens glued to the word', () => '-'],
        ['an emoji glued to the word', () => '\u{1F539}'],
        ['emoji joined into one picture', () => '\u{1F469}\u200D\u{1F52C} '],
        ['a different emoji joined into one picture each', (i: number) => `${['\u{1F469}\u200D\u{1F52C}', '\u{1F468}\u200D\u{1F4BB}', '\u{1F3F3}\uFE0F\u200D\u{1F308}'][i]} `],
        ['a different emoji each, before sentences', (i: number) => `${['\u{1F680}', '\u26A1', '\u{1F4CA}', '\u{1F513}'][i]} `],
      ])('stops at the first item (%s) read as a title, as the items read as sentences or in title case', (_, mark) => {
        const sentences = [0, 1, 2].map((i) => `${mark(i)}${['We design a cache that shares keys and values across requests with a common prefix.', 'We build a scheduler that groups requests by prefix so that the cache is hit more often.', 'We release an open benchmark of serving traces from three production systems.'][i]}`);
        const headings = [0, 1, 2].map((i) => `${mark(i)}${['Prefix Sharing: A Cache That Shares Keys and Values Across Requests With a Common Prefix', 'Prefix-Aware Scheduling: Grouping Requests by Their Prefix So the Cache Is Hit More Often', 'An Open Benchmark of Serving Traces From Three Production Systems'][i]}`);
        const intro = 'Serving large models is costly, and most of the cost goes to recomputing prompts that many requests share.';
        const outro = 'Together these cut the cost of serving by half on the traces we study.';
        for (const lines of [[intro, ...sentences, outro], [intro, ...headings.slice(0, 2)], [intro, ...headings, outro]]) {
          for (const [layout, text] of bothLayouts(listedIn(lines))) {
            const first = lines[1]!;
            expect(errors(text), `${layout}, ${first}`).toEqual([
              `d.txt:${lineOf(layout, 4)}: \`${first.slice(0, 39)}…\` reads as a title, but starts as an item of a list in an abstract does (\`${mark(0).trim()}\`), where the dump's titles start with no such mark: the lines of the abstract of \`Prefix Caches\` (lines ${lineOf(layout, 3)}\u2013${lineOf(layout, 3 + lines.length - 1)}) are read as papers; expected each abstract on one line: join the lines of that abstract to its first and ingest again`,
            ]);
          }
        }
      });
      test.each([
        ['a counting word', (n: number) => `Part ${n}: `],
        ['letters in brackets', (n: number) => `(${' AB'[n]}) `],
      ])("reads papers of a series whose titles count on (%s), each abstract starting as its own title does, as papers, not a list of two items", (_, mark) => {
        const first = `${mark(1)}Foundations of Byte-Level Language Models`;
        const second = `${mark(2)}Scaling Byte-Level Language Models to Seventy Billion Parameters`;
        const firstAbstract = `${mark(1)}foundations. We lay the groundwork for byte-level models and study how they learn, the first of two papers.`;
        const secondAbstract = `${mark(2)}scaling. We scale byte-level models to seventy billion parameters and study their cost, the second of two papers.`;
        const papers = ['Sparse Adapters', abstract('one'), first, firstAbstract, second, secondAbstract, 'Graph Priors', abstract('two')];
        for (const [layout, text] of bothLayouts(papers)) {
          expect(errors(text), layout).toEqual([]);
          expect(titles(text), layout).toEqual(['Sparse Adapters', first, second, 'Graph Priors']);
        }
      });
      /** A paper's abstract starting with an emoji. */
      const llamaTales = '\u{1F680} We present Llama Tales, a corpus of short stories written for small language models, and train small models on it.';
      const burning = '\u{1F525} Burning tokens makes small models reason faster';
      test.each([
        ['in title case', '\u{1F999} Llama Tales: Stories for Small Models', abstract('one'), llamaTales],
        ['in sentence case', '\u{1F999} Llama tales: stories written for small models', abstract('one'), llamaTales],
        ['under an abstract starting with a third emoji', '\u{1F999} Llama Tales: Stories for Small Models', '\u{1F525} We study fire and ask whether a small adapter closes the gap to much larger systems; it does on four benchmarks.', llamaTales],
        ['in sentence case, its abstract ending with a link to its code', burning, abstract('one'), '\u{1F680} We present Ember, a method that burns tokens so that small models reason faster. Code: https://github.com/example/ember'],
        ['in sentence case, its abstract shortened by the page', burning, abstract('one'), '\u{1F680} We present Ember, a method that burns tokens so that small models reason faster\u2026'],
        ['in sentence case, under an abstract starting with a third emoji and ending with a link', burning, '\u{1F4CA} We chart how small models reason and where they fail. Data: https://huggingface.co/datasets/example/charts', abstract('two')],
        ['the same emoji on both, a heading over sentences', '\u{1F999} Llama Tales: Stories for Small Models', abstract('one'), '\u{1F999} We present Llama Tales, a corpus of short stories written for small language models, and train small models on it.'],
        ['the same emoji on both, the abstract starting with the title\'s name', '\u{1F680} Rocket: Fast Launch of Small Models', abstract('one'), '\u{1F680} Rocket trains tiny networks in minutes on one GPU; we show it matches larger systems on four benchmarks.'],
        ['the same emoji on both, in sentence case', '\u{1F999} Llama tales: stories for small models', abstract('one'), '\u{1F999} Llama tales is a corpus of short stories written for small language models; we train small models on it.'],
        ['another emoji each, in sentence case over one sentence with no full stop', '\u{1F525} Burning tokens for faster reasoning', abstract('one'), '\u{1F680} We present a method that burns tokens so that small models reason faster, with code at https://github.com/example/burn'],
        ['another emoji each, a question over sentences', '\u{1F914} Do small models dream of tokens?', abstract('one'), '\u{1F9E0} We ask whether small models dream of tokens and find that they replay their training data while idle'],
      ])("reads a title starting with an emoji beside an abstract starting with an emoji (%s) as a paper's, not a list of two items, in either layout", (_, title, above, own) => {
        const papers = ['Sparse Adapters', above, title, own, 'Graph Priors', abstract('three'), 'Folded Ropes', abstract('four')];
        for (const [layout, text] of bothLayouts(papers)) {
          expect(errors(text), layout).toEqual([]);
          expect(parse(text).entries.map((e) => [e.title, e.abstract]), layout).toContainEqual([title, own]);
          expect(titles(text), layout).toEqual(['Sparse Adapters', title, 'Graph Priors', 'Folded Ropes']);
        }
      });
      test("stops at the first of three items after a different emoji each that read as sentences with no full stop, the third the sign of a list, in either layout", () => {
        const mark = (i: number) => ['\u{1F680}', '\u26A1', '\u{1F4CA}'][i]!;
        const lines = ['Serving large models is costly, and most of the cost goes to recomputing prompts that many requests share.', ...['We design a cache that shares keys and values across requests', 'We build a scheduler that groups requests by prefix', 'We release an open benchmark of serving traces'].map((item, i) => `${mark(i)} ${item}`), 'Together these cut the cost of serving by half on the traces we study.'];
        for (const [layout, text] of bothLayouts(listedIn(lines))) {
          expect(errors(text), layout).toEqual([
            `d.txt:${lineOf(layout, 4)}: \`${lines[1]!.slice(0, 39)}…\` reads as a title, but starts as an item of a list in an abstract does (\`${mark(0)}\`), where the dump's titles start with no such mark: the lines of the abstract of \`Prefix Caches\` (lines ${lineOf(layout, 3)}\u2013${lineOf(layout, 7)}) are read as papers; expected each abstract on one line: join the lines of that abstract to its first and ingest again`,
          ]);
        }
      });
    });
    test.each([
      ['arrows', '\u2192 '],
      ['letters in brackets', '(a) '],
    ])('reads a dump whose every title starts with the same mark (%s) as titles, as before', (_, mark) => {
      const text = lineDump(`${mark}Sparse Adapters`, abstract('one'), `${mark}Prefix Caches`, abstract('two'), `${mark}Graph Priors`, abstract('three'));
      expect(parse(text).errors).toEqual([]);
      expect(titles(text)).toHaveLength(3);
    });
    test('stops once at each abstract read as papers, naming its first item, the paper it belongs to and its lines', () => {
      const listed = items((i) => `(${i + 1}) `);
      const text = lineDump('Sparse Adapters', abstract('one'), 'Prefix Caches', intro, ...listed.slice(0, 2), 'Graph Priors', abstract('two'), 'Folded Ropes', intro, ...listed, outro, 'Paper Cranes', abstract('three'));
      expect(errors(text).map((said) => said.replace(/ are read as papers.*/u, '').replace(/`\(\d\) We .*abstract of/u, '…'))).toEqual(['d.txt:7: … `Prefix Caches` (lines 6\u20138)', 'd.txt:13: … `Folded Ropes` (lines 12\u201316)']);
    });
    test('stops at it where each block is a card, a title over its abstract, a blank line between papers', () => {
      const listed = items(() => '- ');
      const text = ['Mar 14', ['Sparse Adapters', abstract('one')].join('\n'), ['Prefix Caches', intro, ...listed, outro].join('\n'), ['Graph Priors', abstract('two')].join('\n'), ['Folded Ropes', abstract('three')].join('\n')].join('\n\n');
      expect(errors(text).map((said) => said.slice(0, 23))).toEqual(['d.txt:8: `- We design a']);
    });
    test('reads the list as the abstract\'s own where the dump is in blocks, as before', () => {
      const listed = items(() => '- ');
      const text = blankDump(...HEADER, 'Mar 14', 'Sparse Adapters', abstract('one'), 'Prefix Caches', [intro, ...listed, outro].join('\n'), 'Graph Priors', abstract('two'));
      const result = parse(text);
      expect(result.errors).toEqual([]);
      expect(result.entries.map((e) => [e.title, e.abstract])).toEqual([['Sparse Adapters', abstract('one')], ['Prefix Caches', [intro, ...listed, outro].join(' ')], ['Graph Priors', abstract('two')]]);
    });
    test('reads a title that starts with a heading\'s mark among plain titles as a title', () => {
      const text = lineDump('Sparse Adapters', abstract('one'), '# of Parameters Is Not What Matters', abstract('two'), 'Graph Priors', abstract('three'));
      expect(parse(text).errors).toEqual([]);
      expect(titles(text)).toEqual(['Sparse Adapters', '# of Parameters Is Not What Matters', 'Graph Priors']);
    });
    test.each([
      ['the one-line layout', (first: string, ...lines: string[]) => lineDump(first, ...lines)],
      ['blocks', (first: string, ...lines: string[]) => blankDump('Mar 14', first, ...lines)],
    ])('reads a title in title case that starts with a dash among plain titles as a title, in %s (a list\'s item reads as a sentence)', (_, dump) => {
      const text = dump('Sparse Adapters', abstract('one'), '- Dash: Leading Title with a Colon', abstract('two'), 'Graph Priors', abstract('three'));
      expect(parse(text).errors).toEqual([]);
      expect(titles(text)).toEqual(['Sparse Adapters', '- Dash: Leading Title with a Colon', 'Graph Priors']);
    });
    test('reads a dump whose every title starts with a list marker as before, the marker taken off', () => {
      const text = lineDump('- Sparse Adapters', abstract('one'), '- Prefix Caches', abstract('two'), '- Graph Priors', abstract('three'));
      const result = parse(text);
      expect(result.errors).toEqual([]);
      expect(result.entries.map((e) => e.title)).toEqual(['Sparse Adapters', 'Prefix Caches', 'Graph Priors']);
    });
  });

  test('a paragraph split off an abstract that has no title before it: stops at it, as before', () => {
    expect(errors(blankDump('Mar 14', 'Zero Shots', 'We study zero with a small adapter.', 'Experiments on four benchmarks show that the adapter closes the gap to much larger systems.', 'Two Shots', abstract('two')))).toEqual([
      expect.stringMatching(/^d\.txt:7: expected a title, found `Experiments on four/),
    ]);
  });

  test.each(['---', '* * *', '?', '\u2026', '#', '\u{1F917}'])('a title with no letter or figure (%j) over an abstract: stops, naming it, rather than publish a paper titled so', (title) => {
    const text = blankDump('Mar 14', 'One Shot', abstract('one'), title, abstract('lost'), 'Two Shots', abstract('two'));
    expect(errors(text)).toEqual([`d.txt:7: expected a paper's title over the abstract at line 9, found \`${title}\`, which has no letter or figure; is the title missing? (put it in place of this line)`]);
  });

  test('a dump whose text is all on one line (its line breaks lost): says so, not that a title is missing', () => {
    for (const text of [
      ['Mar 14', 'Sparse Adapters', abstract('one'), 'Graph Priors', abstract('two')].join(' '),
      `\n\n  ${[...HEADER, 'Mar 14', 'Sparse Adapters', abstract('one')].join(' ')}  \n`,
      ['Sparse Adapters', abstract('one')].join(' '),
    ]) {
      expect(errors(text)).toEqual([
        expect.stringMatching(/^d\.txt:\d: the text is all on one line \(\d+ characters\): expected each title and each abstract on a line of its own; were the line breaks lost \(a paste into a one-line field, or an editor that joined lines\)\? Save the page again$/),
      ]);
    }
  });

  test('a title line holding only invisible characters', () => {
    expect(errors(lineDump('One', abstract('one'), '\u200B \u2060', abstract('lost'), 'Two', abstract('two')))).toEqual([
      'd.txt:5: expected a title, found a line holding only invisible characters; is a title missing?',
    ]);
  });

  test('a listing that two readings fit equally well, naming the first line they read differently', () => {
    // `New` heads the page and `System theme` ends it, or `New` and the line under it are the page's and `System theme` the footer.
    expect(errors('New\nTitle One\nSystem theme')).toEqual([
      'd.txt:2: cannot tell how `Title One` pairs with the lines around it: it reads equally well as a title or a line of the page dropped with the one above it; expected titles and abstracts to alternate (check the lines around it)',
    ]);
  });

  test('names a date line it cannot read when the page header has no end it can tell', () => {
    expect(errors(blankDump(...HEADER, 'Fri 14/03', 'Tiny Lanterns', abstract('lanterns'), 'Folded Ropes', abstract('ropes')))).toEqual([
      'd.txt:9: title `Fri 14/03` has no abstract: expected an abstract line after it, found `Tiny Lanterns` at line 11, which reads as the next title; is `Fri 14/03` at line 9 the listing\'s date? It is not in a form read as a date: write it as `Mar 14` or `2025-03-14` (read: `Mar 14`, `March 14, 2025`, `14 Mar 2025`, `2025-03-14`, `14.03.2025`, `3/14/2025`, a time or a count of papers after one (`Mar 14, 2025 · 77 papers`), or a day\'s label: `Friday`, `14/03`, an ISO week `2025-W11`)',
    ]);
  });

  test('reads a date in figures with the year last (`3/14/2025`, `14/03/2025`) as the date line, never as a paper under the chrome above it', () => {
    for (const date of ['3/14/2025', '14/03/2025', '03/04/2025']) {
      const result = parse(blankDump('Get trending papers in your email inbox!', 'Subscribe', date, 'Tiny Lanterns', abstract('lanterns'), 'Folded Ropes', abstract('ropes')));
      expect(result.errors, date).toEqual([]);
      expect(result.date, date).toBe(date);
      expect(result.entries.map((p) => p.title), date).toEqual(['Tiny Lanterns', 'Folded Ropes']);
    }
  });

  test('reads blocks of a title line over its abstract (one block per paper) as papers', () => {
    const text = blankDump(...HEADER, 'Mar 14', `Sparse Adapters Beat Full Finetuning\n${abstract('adapters')}`, `Graph Priors for Protein Design\n${abstract('proteins')}`, `Learning to Plan\n${abstract('plans')}`);
    const result = parse(text);
    expect(result.errors).toEqual([]);
    expect(result.date).toBe('Mar 14');
    expect(result.entries).toEqual([
      { title: 'Sparse Adapters Beat Full Finetuning', abstract: abstract('adapters'), position: 1, line: 11, abstractLine: 12 },
      { title: 'Graph Priors for Protein Design', abstract: abstract('proteins'), position: 2, line: 14, abstractLine: 15 },
      { title: 'Learning to Plan', abstract: abstract('plans'), position: 3, line: 17, abstractLine: 18 },
    ]);
    expect(result.warnings).toEqual([]);
  });

  test('reads one block per paper when the abstracts are wrapped at a fixed width too, and a single such block', () => {
    const wrapped = (topic: string) => abstract(topic).replace(/(.{1,60})(?: |$)/g, '$1\n').trim();
    const result = parse(blankDump('Mar 14', `Sparse Adapters Beat Full Finetuning\n${wrapped('adapters')}`, `Graph Priors\n${wrapped('proteins')}`));
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => [e.title, e.abstract])).toEqual([
      ['Sparse Adapters Beat Full Finetuning', abstract('adapters')],
      ['Graph Priors', abstract('proteins')],
    ]);
    expect(parse(blankDump('Mar 14', `Graph Priors\n${abstract('proteins')}`)).entries.map((e) => e.title)).toEqual(['Graph Priors']);
  });

  test('joins an abstract broken by hand into lines of uneven length, one going on in lowercase', () => {
    const text = blankDump('Mar 14', 'Before', abstract('before'), 'Wrapped', 'This abstract was copied with hard line breaks,\nso it spans three physical lines\nwithout a blank line between them.', 'After', abstract('after'));
    expect(parse(text).errors).toEqual([]);
    expect(parse(text).entries.map((e) => e.abstract)[1]).toBe('This abstract was copied with hard line breaks, so it spans three physical lines without a blank line between them.');
  });

  test('still joins a title wrapped onto a longer second line when its abstract is a block of its own', () => {
    expect(titles(blankDump('Mar 14', 'Sparse Adapters:\nBeat Full Finetuning on Long Documents', abstract('adapters'), 'Graph Priors', abstract('proteins')))).toEqual([
      'Sparse Adapters: Beat Full Finetuning on Long Documents',
      'Graph Priors',
    ]);
  });

  test('joins a block wrapped over several lines, with a warning', () => {
    const text = blankDump(...HEADER, 'Mar 14', 'A Title That Wraps\nOnto a Second Line', 'This abstract was copied out of a page\nwith hard line breaks left in it.', 'Second Paper', abstract('next'));
    expect(parse(text).entries.slice(0, 1).map((e) => [e.title, e.abstract])).toEqual([['A Title That Wraps Onto a Second Line', 'This abstract was copied out of a page with hard line breaks left in it.']]);
    expect(warnings(text)).toEqual([
      'd.txt:11: joined lines 11–12 into one title (this layout puts each title and abstract on one line)',
      'd.txt:14: joined lines 14–15 into one abstract (this layout puts each title and abstract on one line)',
    ]);
  });
});

describe('parseListing: a page saved as text by Firefox', () => {
  /** The address Firefox writes after a link's text: `Title <https://…>`. */
  const link = (id: number, rest = '') => `<https://huggingface.co/papers/2503.${10000 + id}${rest}>`;

  test('takes the link address off each title, and drops a link standing alone or after a count', () => {
    const text = blankDump(
      ...HEADER,
      'Mar 14',
      link(1),
      `Sparse Adapters ${link(1)}`,
      'Submitted by akhaliq <https://huggingface.co/akhaliq>',
      abstract('one'),
      `3 ${link(1, '#community')}`,
      link(2),
      `Graph Priors\n${link(2)}`,
      abstract('two'),
      `1 ${link(2, '#community')}`,
    );
    const result = parse(text);
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => [e.title, e.abstract])).toEqual([
      ['Sparse Adapters', abstract('one')],
      ['Graph Priors', abstract('two')],
    ]);
    expect(result.altered.links).toBe(2);
    expect(warnings(text)).toContain('d.txt:13: removed the link address a browser wrote after 2 titles, the first `<https://huggingface.co/papers/2503.10001>`');
  });

  test.each([
    ['bullets', () => '* ', '`*`'],
    ['numbers', (i: number) => `${i + 1}. `, '`1.`, `2.`, …'],
  ])('takes off the list %s it writes before every title, with a warning', (_, marker, named) => {
    const papers = [['Sparse Adapters', abstract('one')], ['Graph Priors', abstract('two')], ['Folded Ropes', abstract('three')]];
    const text = blankDump(...HEADER, 'Mar 14', ...papers.flatMap(([title, summary], i) => [`${marker(i)}${title}`, summary!]));
    expect(parse(text).entries.map((e) => [e.title, e.abstract])).toEqual(papers);
    expect(warnings(text)).toEqual([`d.txt:11: removed the list marker (${named}) a browser's text save wrote before every title of the dump`]);
    expect(parse(text).altered.markers).toBe(3);
  });

  test.each([
    ['start again (a page of two lists)', [1, 2, 1, 2], '`1.`, `2.`, …'],
    ['skip one (a card deleted from the save)', [1, 2, 4, 5], '`1.`, `2.`, …'],
    ['start again at another number', [7, 8, 1, 2], '`7.`, `8.`, …'],
  ])('takes off the numbers it writes before every title where they %s, with a warning', (_, numbers, named) => {
    const papers = [['Sparse Adapters', abstract('one')], ['Graph Priors', abstract('two')], ['Folded Ropes', abstract('three')], ['Paper Cranes', abstract('four')]];
    const text = blankDump(...HEADER, 'Mar 14', ...papers.flatMap(([title, summary], i) => [`${numbers[i]}. ${title}`, summary!]));
    expect(parse(text).entries.map((e) => [e.title, e.abstract])).toEqual(papers);
    expect(warnings(text)).toEqual([`d.txt:11: removed the list marker (${named}) a browser's text save wrote before every title of the dump`]);
    expect(parse(text).altered.markers).toBe(4);
  });

  test.each([
    ['bullets', () => '* ', '`*`'],
    ['headings', () => '# ', '`#`'],
    ['numbers', (i: number) => `${i + 1}. `, '`1.`, `2.`, …'],
  ])('takes the page\'s glued `Subscribe` off the first title after its list %s, one line per field', (_, marker, named) => {
    const papers = [['Sparse Adapters', abstract('one')], ['Graph Priors', abstract('two')], ['Folded Ropes', abstract('three')]];
    const text = ['Get trending papers in your email inbox!', ...papers.flatMap(([title, summary], i) => [`${marker(i)}${i === 0 ? 'Subscribe' : ''}${title}`, summary!])].join('\n');
    const result = parse(text);
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.entries.map((e) => [e.title, e.abstract])).toEqual(papers);
    expect(result.warnings.map(formatProblem)).toEqual([
      `d.txt:2: removed the list marker (${named}) a browser's text save wrote before every title of the dump`,
      "d.txt:2: removed the page's `Subscribe` glued onto the first title `Sparse Adapters` (the page's button, copied with the title)",
    ]);
    expect(result.altered.subscribe).toBe(1);
  });

  test('takes a spaced `Subscribe` off the first title after its list marker only where the rest starts as a title does', () => {
    const dump = (first: string) => ['Get trending papers in your email inbox!', `* ${first}`, abstract('one'), '* Graph Priors', abstract('two'), '* Folded Ropes', abstract('three')].join('\n');
    expect(titles(dump('Subscribe Sparse Adapters'))).toEqual(['Sparse Adapters', 'Graph Priors', 'Folded Ropes']);
    expect(titles(dump('Subscribe to Reason'))).toEqual(['Subscribe to Reason', 'Graph Priors', 'Folded Ropes']);
    expect(warnings(dump('Subscribe to Reason'))).toContain(
      "d.txt:2: kept the first title `* Subscribe to Reason` whole: without the page's `Subscribe` button (the page header has no `Subscribe` line of its own) it would start with the lowercase word `to`; if the word is the button's, delete it from the entry",
    );
  });

  test('keeps a title\'s own first characters when not every title starts alike', () => {
    const text = blankDump(...HEADER, 'Mar 14', '* Starred Attention', abstract('one'), 'Graph Priors', abstract('two'), '1. Introduction to Ropes', abstract('three'));
    expect(titles(text)).toEqual(['* Starred Attention', 'Graph Priors', '1. Introduction to Ropes']);
  });

  test.each([
    ['under each title', (id: number, title: string, text: string) => [title, `https://huggingface.co/papers/2503.${10000 + id}`, text]],
    ['over each title', (id: number, title: string, text: string) => [`https://huggingface.co/papers/2503.${10000 + id}`, title, text]],
    ['after each abstract, an arXiv address', (id: number, title: string, text: string) => [title, text, `http://arxiv.org/abs/2503.${10000 + id}v1`]],
  ])('drops a bare link address standing alone on its line (a copy of a card or a share to notes writes it so), %s, with the furniture warning', (_, card) => {
    const papers: Array<[string, string]> = [['Sparse Adapters', abstract('one')], ['Graph Priors', abstract('two')], ['Folded Ropes', abstract('three')]];
    for (const join of [blankDump, (...lines: string[]) => lines.join('\n')]) {
      const result = parse(join(...HEADER, 'Mar 14', ...papers.flatMap(([title, text], i) => card(i, title, text))));
      expect(result.errors.map(formatProblem)).toEqual([]);
      expect(result.entries.map((e) => [e.title, e.abstract])).toEqual(papers);
      expect(result.warnings.map(formatProblem)).toEqual([expect.stringMatching(/^d\.txt:\d+: dropped 3 lines that are not titles or abstracts .*, the first `https?:\/\//)]);
    }
  });

  test('keeps an address in an abstract, and one that is all a title holds', () => {
    const text = blankDump(...HEADER, 'Mar 14', '<https://example.org/x>', abstract('one'), 'Graph Priors', `${abstract('two')} Code: <https://example.org/code>`);
    expect(parse(text).entries.map((e) => [e.title, e.abstract])).toEqual([
      ['<https://example.org/x>', abstract('one')],
      ['Graph Priors', `${abstract('two')} Code: <https://example.org/code>`],
    ]);
  });
});

describe('parseListing: a button glued onto the end of each abstract (`…more`, `Show less`), as a phone\'s page shows it', () => {
  const TITLES = ['Sparse Adapters', 'Graph Priors', 'Folded Ropes'];
  const cut = (i: number) => `${longAbstractOf(TITLES[i]!).slice(0, 140)}\u2026`;
  test.each([
    ['`…more` after an abstract cut short', (i: number) => `${cut(i)}more`, cut],
    ['`... Show more` after an abstract cut short', (i: number) => `${cut(i).slice(0, -1)}... Show more`, (i: number) => `${cut(i).slice(0, -1)}...`],
    ['`Show less` after a whole abstract', (i: number) => `${longAbstractOf(TITLES[i]!)} Show less`, (i: number) => longAbstractOf(TITLES[i]!)],
  ] as const)('takes off %s, saying so once for the dump', (_, shown, kept) => {
    for (const dump of [(...f: string[]) => blankDump(...HEADER, 'Mar 14', ...f), (...f: string[]) => lineDump(f[0]!, ...f.slice(1))]) {
      const result = parse(dump(...[0, 1, 2].flatMap((i) => [TITLES[i]!, shown(i)])));
      expect(result.errors.map(formatProblem)).toEqual([]);
      expect(result.entries.map((e) => [e.title, e.abstract])).toEqual([0, 1, 2].map((i) => [TITLES[i]!, kept(i)]));
      expect(result.warnings.map(formatProblem).filter((w) => w.includes('removed the page\'s button `'))).toEqual([expect.stringMatching(/^d\.txt:\d+: removed the page's button `[^`]+` from the end of 3 abstracts \(its text, copied with them\), the first now ending `…[^`]+`$/)]);
    }
  });
});

describe('parseListing: a title and its abstract on one line, a tab between them (a table\'s row, a spreadsheet\'s export)', () => {
  const TITLES = ['Sparse Adapters', 'Graph Priors for Molecules', 'Folded Ropes'];
  const layouts = [
    ['blank-line', (...f: string[]) => blankDump(...HEADER, 'Mar 14', ...f)],
    ['one-line', (...f: string[]) => lineDump(f[0]!, ...f.slice(1))],
  ] as const;
  test.each(layouts)('reads the line as the title over its abstract, on one card or on every card, saying so once (%s)', (_, dump) => {
    for (const tabbed of [[1], [0, 2], [0, 1, 2]]) {
      const fields = [0, 1, 2].flatMap((i) => (tabbed.includes(i) ? [`${TITLES[i]}\t${longAbstractOf(TITLES[i]!)}`] : [TITLES[i]!, longAbstractOf(TITLES[i]!)]));
      const text = dump(...fields);
      const result = parse(text);
      expect(result.errors.map(formatProblem)).toEqual([]);
      expect(result.entries.map((e) => [e.title, e.abstract])).toEqual(TITLES.map((title) => [title, longAbstractOf(title)]));
      const first = text.split('\n').findIndex((line) => line.includes('\t')) + 1;
      expect(result.warnings.map(formatProblem).filter((w) => w.includes('tab'))).toEqual([
        `d.txt:${first}: read ${tabbed.length === 1 ? 'a line' : `${tabbed.length} lines`} holding a title and its abstract with a tab between them as the title over its abstract (the first \`${text.split('\n')[first - 1]!.split('\t')[0]}\`), as a table's row copies them; check that each title and abstract reads as written`,
      ]);
    }
  });

  test.each(layouts)('reads a tab inside an abstract\'s first sentence as a space, where two words before it read as a title (%s)', (_, dump) => {
    const own = (i: number) => `Graph Neural\tNetworks ${longAbstractOf(TITLES[i]!)}`;
    const result = parse(dump(...[0, 1, 2].flatMap((i) => [TITLES[i]!, own(i)])));
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.entries.map((e) => [e.title, e.abstract])).toEqual([0, 1, 2].map((i) => [TITLES[i]!, own(i).replace('\t', ' ')]));
    expect(result.warnings.map(formatProblem).filter((w) => w.includes('tab'))).toEqual([]);
  });

  test.each(layouts)('keeps a tab in an abstract under its title as the abstract\'s own, read as a space, with no warning of a tabbed card (%s)', (_, dump) => {
    for (const own of [`Purpose:\t${longAbstractOf('adapters')}`, `We propose a method, which\t${longAbstractOf('adapters')}`, 'We propose SparseAdapt, which\tcloses the gap to much larger systems on four benchmarks while using less memory.']) {
      // Alone, or past a line every card shows between its title and its abstract.
      for (const between of [[], ['Paper page']]) {
        const result = parse(dump(TITLES[0]!, ...between, own, TITLES[1]!, ...between, longAbstractOf(TITLES[1]!), TITLES[2]!, ...between, longAbstractOf(TITLES[2]!)));
        expect(result.errors.map(formatProblem), own).toEqual([]);
        expect(result.entries.map((e) => [e.title, e.abstract]), own).toEqual([[TITLES[0], own.replace('\t', ' ')], [TITLES[1], longAbstractOf(TITLES[1]!)], [TITLES[2], longAbstractOf(TITLES[2]!)]]);
        expect(result.warnings.map(formatProblem).filter((w) => w.includes('tab')), own).toEqual([]);
      }
    }
  });

  test('reads a tabbed card under an abstract that ends in a link, or under a spreadsheet\'s header row, as a card', () => {
    const rows = TITLES.slice(1).map((title) => `${title}\t${longAbstractOf(title)}`);
    const linked = 'We study adapters and ask whether they close the gap on benchmarks. Code at https://github.com/example/a';
    expect(parse([TITLES[0]!, linked, ...rows].join('\n')).entries.map((e) => e.title)).toEqual(TITLES);
    expect(parse(['Title\tAbstract', `${TITLES[0]}\t${longAbstractOf(TITLES[0]!)}`, ...rows].join('\n')).entries.map((e) => e.title)).toEqual(TITLES);
  });

  test('reads a row under a title as a card where other rows of the dump are cards: the title above is a row without its abstract, and the ingest stops naming it', () => {
    const text = [`${TITLES[0]}\t${longAbstractOf(TITLES[0]!)}`, TITLES[1]!, `${TITLES[2]}\t${longAbstractOf(TITLES[2]!)}`].join('\n');
    expect(errors(text)).toEqual([expect.stringMatching(/^d\.txt:2: title `Graph Priors for Molecules` has no abstract: /)]);
  });

  test.each(layouts)('keeps a line whose text before its tab ends a sentence as it was, the tab read as a space (%s)', (_, dump) => {
    const own = `${longAbstractOf('adapters')}\tTable 2 lists the results for each benchmark.`;
    const result = parse(dump(TITLES[0]!, own, TITLES[1]!, longAbstractOf(TITLES[1]!)));
    expect(result.entries.map((e) => e.abstract)).toEqual([own.replace('\t', ' '), longAbstractOf(TITLES[1]!)]);
  });
});

describe('parseListing: `more` after an ellipsis at the end of one abstract only', () => {
  const TITLES = ['Sparse Adapters', 'Graph Priors', 'Folded Ropes'];
  test.each([
    ['a spaced ellipsis', 'In short, less is... more'],
    ['an ellipsis character', 'In short, less is\u2026 more'],
    ['a glued ellipsis', 'In short, less is...more'],
    ['brackets', 'And then\u2026 (more)'],
  ])('keeps it as the abstract\'s own last word where no other abstract of the dump ends so, with a warning naming its line (%s)', (_, ending) => {
    for (const last of [0, 2]) {
      const own = (i: number) => (i === last ? `${longAbstractOf(TITLES[i]!)} ${ending}` : longAbstractOf(TITLES[i]!));
      const result = parse(blankDump(...HEADER, 'Mar 14', ...[0, 1, 2].flatMap((i) => [TITLES[i]!, own(i)])));
      expect(result.errors.map(formatProblem)).toEqual([]);
      expect(result.entries.map((e) => e.abstract)).toEqual([0, 1, 2].map(own));
      expect(result.warnings.map(formatProblem).filter((w) => !w.includes('the last in the dump, ends mid-sentence'))).toEqual([
        `d.txt:${13 + 4 * last}: kept \`${ending.replace(/^.*?(\(?more\)?)$/u, '$1')}\` at the end of the abstract of \`${TITLES[last]}\`: it follows an ellipsis as a page's \`…more\` button does, but no other abstract of the dump ends so (a page cuts every long abstract); if it is the page's button, delete it from the dump`,
      ]);
    }
  });

  test.each(['Show more', 'Read more', '(more)'])('keeps it where the other abstracts end in another button (`… %s`): a page writes one button, and only those are taken off', (button) => {
    const cut = (i: number) => `${longAbstractOf(TITLES[i]!).slice(0, 140)}\u2026`;
    const own = `${longAbstractOf(TITLES[2]!)} In short, less is... more`;
    const result = parse(blankDump(...HEADER, 'Mar 14', TITLES[0]!, `${cut(0)} ${button}`, TITLES[1]!, `${cut(1)} ${button}`, TITLES[2]!, own));
    expect(result.entries.map((e) => e.abstract)).toEqual([cut(0), cut(1), own]);
    expect(result.warnings.map(formatProblem).filter((w) => w.includes('button'))).toEqual([
      `d.txt:21: kept \`more\` at the end of the abstract of \`${TITLES[2]}\`: it follows an ellipsis as a page's \`…more\` button does, but no other abstract of the dump ends so (a page cuts every long abstract); if it is the page's button, delete it from the dump`,
      `d.txt:13: removed the page's button \`${button}\` from the end of 2 abstracts (its text, copied with them), the first now ending \`${'…' + cut(0).slice(-29, -1)}…\``,
    ]);
  });

  test('takes it off where two abstracts of the dump end so (a page that cuts abstracts cuts each long one)', () => {
    const cut = (i: number) => `${longAbstractOf(TITLES[i]!).slice(0, 140)}\u2026`;
    const shown = (i: number) => (i === 1 ? longAbstractOf(TITLES[i]!) : `${cut(i)} more`);
    const result = parse(blankDump(...HEADER, 'Mar 14', ...[0, 1, 2].flatMap((i) => [TITLES[i]!, shown(i)])));
    expect(result.entries.map((e) => e.abstract)).toEqual([cut(0), longAbstractOf(TITLES[1]!), cut(2)]);
  });
});

describe('parseListing: a button of two words after an abstract that ends in no full stop', () => {
  const TITLES = ['Sparse Adapters', 'Graph Priors', 'Folded Ropes'];
  const own = (i: number) => (i === 1 ? `${longAbstractOf(TITLES[i]!)} Code at github.com/example/priors` : longAbstractOf(TITLES[i]!));
  test('is taken off where every abstract of the dump ends in one', () => {
    const result = parse(blankDump(...HEADER, 'Mar 14', ...[0, 1, 2].flatMap((i) => [TITLES[i]!, `${own(i)} Show less`])));
    expect(result.entries.map((e) => e.abstract)).toEqual([0, 1, 2].map(own));
  });
  test('stays where other abstracts end in none: it may be the abstract\'s own words', () => {
    const words = `${longAbstractOf(TITLES[1]!)} Larger models Show more`;
    const result = parse(blankDump(...HEADER, 'Mar 14', TITLES[0]!, own(0), TITLES[1]!, words, TITLES[2]!, own(2)));
    expect(result.entries.map((e) => e.abstract)).toEqual([own(0), words, own(2)]);
  });
});

describe('parseListing: a dump copied from the page\'s HTML source, every `&` a character reference', () => {
  const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll("'", '&#39;').replaceAll('"', '&quot;');
  const papers = ['Sparse Adapters & Routers', 'We study x < y and the model\'s "gap"; a small adapter closes it on four benchmarks of a usual length.', 'Graph Priors', abstract('priors')];
  test.each([
    ['blank-line', (...f: string[]) => blankDump(...HEADER, 'Mar 14', ...f)],
    ['one-line', (...f: string[]) => lineDump(f[0]!, ...f.slice(1))],
  ] as const)('reads each reference back as its character, saying so once (%s)', (_, dump) => {
    const result = parse(dump(...papers.map(escape)));
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.entries.map((e) => [e.title, e.abstract])).toEqual([[papers[0], papers[1]], [papers[2], papers[3]]]);
    expect(result.warnings.map(formatProblem).filter((w) => w.includes('reference'))).toEqual([
      expect.stringMatching(/^d\.txt:\d+: read back 5 HTML character references \(the first `&amp;` as `&`\): every `&` in the dump starts one, as in text copied from a page's source; check that the text reads as written$/),
    ]);
  });

  test('keeps references as written where an `&` stands alone: they are the text\'s own words', () => {
    const own = 'We show how R&D teams escape `<` as &lt; in HTML, on four benchmarks of a usual length.';
    expect(parse(blankDump(...HEADER, 'Mar 14', 'Escaping Text', own, 'Graph Priors', abstract('priors'))).entries[0]!.abstract).toBe(own);
  });
});

describe('parseListing: a copyright line at the foot of the page', () => {
  test.each(['© 2025 Hugging Face', 'Copyright © 2025 Hugging Face, Inc.', '(c) 2025 Hugging Face', '© 2016–2025 Hugging Face. All rights reserved.', '©Hugging Face'])('reads %j as the site footer, alone or under the footer\'s links', (line) => {
    for (const footer of [[line], ['System theme', 'Company', 'TOS', 'Privacy', 'About', line]]) {
      for (const dump of [(...f: string[]) => blankDump(...HEADER, 'Mar 14', ...f), (...f: string[]) => lineDump(f[0]!, ...f.slice(1))]) {
        const result = parse(dump('Sparse Adapters', abstract('adapters'), 'Graph Priors', abstract('priors'), ...footer));
        expect(result.errors.map(formatProblem)).toEqual([]);
        expect(result.entries.map((e) => [e.title, e.abstract])).toEqual([['Sparse Adapters', abstract('adapters')], ['Graph Priors', abstract('priors')]]);
      }
    }
  });
});

describe('parseListing: a web address on a line of its own under an abstract that ends with a colon (`Code is available at:`)', () => {
  const opening = `${abstract('adapters')} Code is available at:`;
  const address = 'https://github.com/example/sparse-adapters';
  test.each([
    ['one-line', (...f: string[]) => lineDump(f[0]!, ...f.slice(1))],
    ['blank-line', (...f: string[]) => blankDump(...HEADER, 'Mar 14', ...f)],
    ['blank-line, the address in the abstract\'s block', (...f: string[]) => blankDump(...HEADER, 'Mar 14', ...f).replace(`:\n\n${address}`, `:\n${address}`)],
  ])('joins it to that abstract, as its last words, with a warning, rather than drop it as a card\'s link (%s)', (layout, dump) => {
    const text = dump('Sparse Adapters', opening, address, 'Graph Priors', abstract('priors'), 'Folded Ropes', abstract('ropes'));
    const result = parse(text);
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.entries.map((e) => [e.title, e.abstract])).toEqual([['Sparse Adapters', `${opening} ${address}`], ['Graph Priors', abstract('priors')], ['Folded Ropes', abstract('ropes')]]);
    if (!layout.includes('block')) {
      const line = text.split('\n').indexOf(address) + 1;
      expect(result.warnings.map(formatProblem).filter((w) => w.includes(address))).toEqual([
        `d.txt:${line}: joined the address \`${address}\` to the abstract above it, of \`Sparse Adapters\`, which ends with \`:\` before it; if it is no part of that abstract, delete it from the dump`,
      ]);
    }
  });
  test('drops it as a card\'s link under an abstract that ends as a sentence, as before', () => {
    const result = parse(lineDump('Sparse Adapters', abstract('adapters'), address, 'Graph Priors', abstract('priors')));
    expect(result.entries.map((e) => e.abstract)).toEqual([abstract('adapters'), abstract('priors')]);
  });
});

describe('parseListing: a publisher\'s copyright line under an abstract (`(c) 2025 Elsevier Ltd.`), an abstract\'s last line on arXiv', () => {
  const NOTICES = ['(c) 2025 Elsevier Ltd. All rights reserved.', '© 2024 IEEE.', 'Copyright © 2025 The Authors. Published by Springer Nature.', '© 2023 Association for Computing Machinery', 'Copyright 2024 by the author(s).'];
  const layouts = [
    ['blank-line', (...f: string[]) => blankDump(...HEADER, 'Mar 14', ...f)],
    ['one-line', (...f: string[]) => lineDump(f[0]!, ...f.slice(1))],
  ] as const;
  test.each(layouts)('joins it to the abstract above it, as its last line, after the last abstract or between papers, with a warning naming its line, never dropping it as the site footer (%s)', (_, dump) => {
    for (const notice of NOTICES) {
      for (const at of [0, 1]) {
        const fields = ['Sparse Adapters', abstract('adapters'), 'Graph Priors', abstract('priors')];
        fields.splice(2 * at + 2, 0, notice);
        const text = dump(...fields);
        const result = parse(text);
        expect(result.errors.map(formatProblem), notice).toEqual([]);
        expect(result.entries.map((e) => e.abstract), notice).toEqual([`${abstract('adapters')}${at === 0 ? ` ${notice}` : ''}`, `${abstract('priors')}${at === 1 ? ` ${notice}` : ''}`]);
        const line = text.split('\n').indexOf(notice) + 1;
        expect(result.warnings.map(formatProblem).filter((w) => w.includes('notice')), notice).toEqual([
          `d.txt:${line}: joined the publisher's notice \`${notice}\` to the abstract above it, of \`${['Sparse Adapters', 'Graph Priors'][at]}\`, as its last line (arXiv keeps one so); if it is no part of that abstract, delete it from the dump`,
        ]);
      }
    }
  });

  test.each([
    // Naming the site, with words its footer never writes: an abstract's own line (a paper of the site's own team).
    '© 2025 Hugging Face. Released under the Apache 2.0 license.',
    '(c) 2024 Hugging Face and the authors.',
  ])('never drops %j after the last abstract as the site footer: it is kept, or the run stops naming its line', (line) => {
    for (const dump of [(...f: string[]) => blankDump(...HEADER, 'Mar 14', ...f), (...f: string[]) => lineDump(f[0]!, ...f.slice(1))]) {
      const text = dump('Sparse Adapters', abstract('adapters'), 'Graph Priors', abstract('priors'), line);
      const result = parse(text);
      const lineNumber = text.split('\n').indexOf(line) + 1;
      const kept = result.entries.some((e) => e.abstract.includes(line));
      const stopped = result.errors.map(formatProblem).some((e) => e.startsWith(`d.txt:${lineNumber}: `) && e.includes(line));
      expect({ keptOrStopped: kept || stopped, footer: result.warnings.map(formatProblem).filter((w) => w.includes('as the site footer')) }).toEqual({ keptOrStopped: true, footer: [] });
    }
  });

  test('keeps a title that starts with a copyright sign over its own abstract as a paper', () => {
    const result = parse(blankDump(...HEADER, 'Mar 14', 'Sparse Adapters', abstract('adapters'), '(c) Copyright Traps for Language Models', abstract('traps')));
    expect(result.entries.map((e) => e.title)).toEqual(['Sparse Adapters', '(c) Copyright Traps for Language Models']);
  });
});

describe('parseListing: counts under an icon (a card\'s votes and comments, as a reader view or a share sheet saves them)', () => {
  const TITLES = ['Sparse Adapters', 'Geographic Location Encoding with Spherical Harmonics and Sinusoidal Representation Networks', 'Folded Ropes'];
  test.each([
    ['votes under `▲` on two lines, comments under `💬`', (i: number) => [`▲\n${i + 3}`, TITLES[i]!, `💬 ${i}`, longAbstractOf(TITLES[i]!)]],
    ['comments under `💬` alone', (i: number) => [TITLES[i]!, `💬 ${i}`, longAbstractOf(TITLES[i]!)]],
    ['votes under `👍`, comments after their count', (i: number) => [`👍 ${i + 3}`, TITLES[i]!, `${i} 💬`, longAbstractOf(TITLES[i]!)]],
    ['likes under `❤️` and comments under `🗨`', (i: number) => [TITLES[i]!, `❤️ ${i + 3}`, `🗨 ${i + 1}`, longAbstractOf(TITLES[i]!)]],
  ] as const)('reads each card as one paper, the counts dropped: %s', (_, card) => {
    const result = parse(blankDump(...HEADER, 'Mar 14', ...[0, 1, 2].flatMap(card)));
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.entries.map((e) => [e.title, e.abstract])).toEqual(TITLES.map((title) => [title, longAbstractOf(title)]));
  });
});

describe('parseListing: characters', () => {
  test('removes controls, noncharacters and unbalanced bidi controls, with a warning naming the line', () => {
    const result = parse(blankDump('Mar 14', 'Bell\u0007 Curves \u202Etxt', 'Null\u0000 bytes\uFFFE here, in an abstract of an ordinary length.'));
    expect(result.entries).toMatchObject([{ title: 'Bell Curves txt', abstract: 'Null bytes here, in an abstract of an ordinary length.' }]);
    expect(result.altered.characters).toBe(4);
    expect(result.warnings.map(formatProblem)).toEqual([
      'd.txt:3: removed 2 control or invisible characters (U+0007, U+202E)',
      'd.txt:5: removed 2 control or invisible characters (U+0000, U+FFFE)',
    ]);
  });

  describe.each([['a zero-width space', '\u200B'], ['a null byte', '\u0000'], ['a byte order mark', '\uFEFF'], ['word joiners and spaces', ' \u2060\u2060 ']])('a line holding only %s where a blank line stands, in the blank-line layout', (_, invisible) => {
    const fields = [...HEADER, 'Mar 14', 'Sparse Adapters', abstract('adapters'), 'Graph Priors', abstract('priors'), 'Folded Ropes', abstract('ropes')];
    const expected = parse(blankDump(...fields));
    test.each(fields.slice(0, -1).map((_, at) => [fields[at]!.slice(0, 20), at] as const))('separates the fields as the blank line would, under `%s`', (_, at) => {
      const text = fields.map((field, i) => (i === 0 ? field : `${i === at + 1 ? `\n${invisible}\n` : '\n\n'}${field}`)).join('');
      const result = parse(text);
      expect(result.errors.map(formatProblem)).toEqual([]);
      expect(result.entries).toEqual(expected.entries);
      expect(result.warnings.map(formatProblem).filter((w) => !expected.warnings.map(formatProblem).includes(w))).toEqual([expect.stringMatching(/^d\.txt:\d+: removed (a|\d+) control or invisible characters? \(U\+/)]);
    });
  });

  test('folds vertical tabs, form feeds and line separators like any whitespace', () => {
    expect(titles(blankDump('Mar 14', 'Deep\u000BNets with\u000CVertical\u2028Tabs', abstract('tabs')))).toEqual(['Deep Nets with Vertical Tabs']);
  });
});

describe('parseListing: long titles over abstracts that start in lowercase', () => {
  test('reads them one line per field: a line that looks wrapped once, never twice in a row, is not wrapped text', () => {
    const long = (n: number) => `Paper ${n}: ${'Long Title Words '.repeat(17).trim()}`;
    const text = [long(1), 'a sparse adapter we study, on twelve tasks.', long(2), 'https://example.org/a we study, on nine tasks.', long(3), 'εpsilon-greedy agents, studied on five tasks.', long(4), 'mPLUG-style encoders, studied on four tasks.'].join('\n');
    expect(parse(text).errors).toEqual([]);
    expect(titles(text)).toEqual([1, 2, 3, 4].map(long));
  });
});

describe('parseListing with author lines', () => {
  const papers = [
    ['Sparse Routing for Efficient Mixture Models', 'Alice Smith, Bob Lee, Carol Zhang', abstract('routing')],
    ['Learning to Rank with Tiny Transformers', 'Dana Xu \u00B7 Erik Olsen', abstract('ranking')],
    ['Folding Ropes with Diffusion Policies', 'Frank Moreau, G. R. Rao, Hiro Tanaka and In\u00E8s da Costa', abstract('ropes')],
  ];

  test('drops the line of names between a title and its abstract on every card, blank-line or one-line layout, with a warning naming it', () => {
    for (const text of [blankDump('Mar 14', ...papers.flat()), ['Mar 14', ...papers.flat()].join('\n')]) {
      const result = parse(text);
      expect(result.errors).toEqual([]);
      expect(result.entries.map((e) => [e.title, e.abstract])).toEqual(papers.map(([title, , text]) => [title, text]));
      expect(result.warnings.map(formatProblem).filter((w) => w.includes('author'))).toEqual([
        expect.stringMatching(/^d\.txt:(5|3): dropped 3 lines of authors' names between titles and their abstracts, the first `Alice Smith, Bob Lee, Carol Zhang`$/),
      ]);
    }
  });

  test('drops it under the one paper of a dump, and with affiliation marks and et al.', () => {
    expect(titles(blankDump('Mar 14', papers[0]![0]!, 'Alice Smith1,2, Bob Lee*\u2020', abstract('routing')))).toEqual([papers[0]![0]]);
    expect(titles(blankDump('Mar 14', papers[0]![0]!, 'Alice Smith et al.', abstract('routing')))).toEqual([papers[0]![0]]);
  });

  test("drops one author's name alone, under the title of a paper by one author, where the dump's other cards show author lines (blank-line or one-line layout); in a dump without them, it is still the next title", () => {
    const single = ['Knots That Hold Under Tension', 'Farid Haddad', abstract('knots')];
    const withSingle = [...papers.slice(0, 2), single, papers[2]!];
    for (const text of [blankDump('Mar 14', ...withSingle.flat()), ['Mar 14', ...withSingle.flat()].join('\n')]) {
      const result = parse(text);
      expect(result.errors).toEqual([]);
      expect(result.entries.map((e) => [e.title, e.abstract])).toEqual(withSingle.map(([title, , text]) => [title, text]));
      expect(result.warnings.map(formatProblem)).toEqual([
        expect.stringMatching(/^d\.txt:(5|3): dropped 4 lines of authors' names between titles and their abstracts, the first `Alice Smith, Bob Lee, Carol Zhang`$/),
      ]);
    }
    const without = blankDump('Mar 14', 'Tiny Lanterns', abstract('lanterns'), ...single, 'Graph Priors', abstract('graphs'));
    expect(errors(without)).toEqual(["d.txt:7: title `Knots That Hold Under Tension` has no abstract: expected an abstract line after it, found `Farid Haddad` at line 9, which reads as the next title"]);
  });

  test('keeps a title shaped like a list of names, between papers', () => {
    const text = blankDump('Mar 14', papers[0]![0]!, papers[0]![1]!, abstract('routing'), 'Large Language Models, Small Data', 'Erik Olsen, Dana Xu', abstract('small data'), 'Sparse, Dense, and Hybrid Retrieval', abstract('retrieval'));
    expect(parse(text).errors).toEqual([]);
    expect(titles(text)).toEqual([papers[0]![0], 'Large Language Models, Small Data', 'Sparse, Dense, and Hybrid Retrieval']);
  });

  test('does not take a title shaped like names for the authors of a title whose abstract is missing, in a dump without author lines', () => {
    const text = blankDump('Mar 14', 'Tiny Lanterns', abstract('lanterns'), 'Folded Ropes', 'Large Language Models, Small Data', abstract('small data'), 'Knots Hold', abstract('knots'), 'Graph Priors', abstract('graphs'));
    expect(errors(text)).toEqual([
      "d.txt:7: title `Folded Ropes` has no abstract: expected an abstract line after it, found `Large Language Models, Small Data` at line 9, which reads as the next title (if it is the authors' names, remove the line: names are dropped as a card's furniture only where most papers have them)",
    ]);
  });
});

describe('parseListing: full cards copied from the page (Select all)', () => {
  /** Titles that start with a word of the card's furniture: read by the furniture's exact shape, never its word. */
  const TITLES = ['Upvote Prediction for Forums', 'GitHub Copilot Evaluated', 'Abstract Reasoning in Small Models', 'Published Results Revisited'];
  const NAMES = ['Ada Lovelace, Alan Turing', 'Grace Hopper, Edsger Dijkstra, Barbara Liskov, Ken Thompson', 'Donald Knuth, Leslie Lamport', 'Frances Allen, John Backus'];
  /** One card as the page shows it, top to bottom: who submitted it, its title, its authors, its date, its votes, its abstract and its links. */
  const card = (title: string, i: number, names: string) => [
    'Submitted by', 'akhaliq', title, '\u00B7', names, `+${i + 2} authors`, '\u00B7', 'Published on Mar 13', 'Upvote', `${40 + i}`, 'Abstract', abstract(title), 'arXiv page', 'GitHub', `${i + 3} comments`,
  ];
  const layouts = [
    ['blank-line blocks', blankDump],
    ['one line per field', (...fields: string[]) => fields.join('\n')],
  ] as const;

  test.each([
    ['different authors on each card', (i: number) => NAMES[i]!],
    ['the same authors on every card', () => NAMES[0]!],
  ])('reads each card as its title over its abstract, the furniture and the authors dropped with a warning each (%s)', (_, names) => {
    for (const [, join] of layouts) {
      const result = parse(join(...HEADER, 'Mar 14', ...TITLES.flatMap((title, i) => card(title, i, names(i)))));
      expect(result.errors.map(formatProblem)).toEqual([]);
      expect(result.entries.map((e) => [e.title, e.abstract])).toEqual(TITLES.map((title) => [title, abstract(title)]));
      expect(result.warnings.map(formatProblem)).toEqual([
        expect.stringMatching(/^d\.txt:\d+: dropped 4 lines of authors' names between titles and their abstracts, the first `Ada Lovelace, Alan Turing`$/),
        expect.stringMatching(/^d\.txt:\d+: dropped 48 lines that are not titles or abstracts \(.*\), the first `Submitted by`$/),
      ]);
    }
  });

  test.each(['GitHub', 'Collection', 'PDF', 'Abstract'])('never publishes a card’s authors as the title of a paper whose title is a word of the furniture (%j): its title is read, or the run stops', (word) => {
    const titles = [TITLES[0]!, word, TITLES[2]!, TITLES[3]!];
    for (const [, join] of layouts) {
      const result = parse(join(...HEADER, 'Mar 14', ...titles.flatMap((title, i) => card(title, i, NAMES[i]!))));
      const published = result.errors.length === 0 ? result.entries.map((e) => e.title) : [];
      for (const names of NAMES) expect(published).not.toContain(names);
      if (result.errors.length === 0) expect(published).toEqual(titles);
    }
  });

  test.each([
    ['`View arXiv page` and `Collection`', ['View arXiv page', 'Collection']],
    ['a star count beside `GitHub`', ['GitHub \u2605 1.2k']],
    ['`GitHub` over its star count', ['GitHub', '1.2k']],
  ])('drops the links under an abstract: %s', (_, links) => {
    for (const [, join] of layouts) {
      const result = parse(join(...HEADER, 'Mar 14', ...TITLES.flatMap((title) => [title, abstract(title), ...links])));
      expect(result.errors.map(formatProblem)).toEqual([]);
      expect(result.entries.map((e) => e.title)).toEqual(TITLES);
      expect(result.warnings.map(formatProblem)).toEqual([expect.stringMatching(/^d\.txt:\d+: dropped \d+ lines that are not titles or abstracts/)]);
    }
  });
});

describe('parseListing: a cookie or consent banner saved with the page', () => {
  const papers = ['Sparse Adapters', abstract('adapters'), 'Graph Priors', abstract('priors')];
  const banner = 'We use cookies to improve your experience on our site.';
  const layouts = [
    ['blank-line blocks', blankDump],
    ['one line per field', (...fields: string[]) => fields.join('\n')],
  ] as const;

  test.each(layouts)('never publishes its text and buttons as a paper, between or after the papers: dropped, or the run stops (%s)', (_, join) => {
    for (const buttons of [['Accept all'], ['Accept', 'Reject'], ['Reject all', 'Accept all'], ['Manage cookies', 'Accept cookies']]) {
      for (const text of [
        join('Mar 14', ...papers.slice(0, 2), banner, ...buttons, ...papers.slice(2)),
        join('Mar 14', ...papers, banner, ...buttons),
        join('Mar 14', ...papers.slice(0, 2), ...buttons, ...papers.slice(2)),
      ]) {
        const result = parse(text);
        if (result.errors.length === 0) expect(result.entries.map((e) => e.title), text).toEqual(['Sparse Adapters', 'Graph Priors']);
        else expect(result.errors.map(formatProblem).join('\n'), text).toMatch(/cannot tell how|has no abstract|expected a title/);
      }
    }
  });

  /** A banner's text longer than any line of the page's own, as most are. */
  const long = 'We use cookies and similar technologies to improve your experience, measure traffic and personalise content. You can change your choices at any time.';
  const FOOTER = ['System theme', 'Company', 'TOS', 'Privacy', 'Docs'];
  const places = (text: string, buttons: readonly string[]): Array<[string, string[]]> => [
    ['over the page header', [text, ...buttons, ...HEADER, 'Mar 14', ...papers]],
    ['between lines of the page header', [...HEADER.slice(0, 2), text, ...buttons, ...HEADER.slice(2), 'Mar 14', ...papers]],
    ['under the date line', [...HEADER, 'Mar 14', text, ...buttons, ...papers]],
    ['between papers', [...HEADER, 'Mar 14', ...papers.slice(0, 2), text, ...buttons, ...papers.slice(2)]],
    ['after the last paper', [...HEADER, 'Mar 14', ...papers, text, ...buttons]],
    ['after the site footer', [...HEADER, 'Mar 14', ...papers, ...FOOTER, text, ...buttons]],
    ['between two items of the site footer', [...HEADER, 'Mar 14', ...papers, ...FOOTER.slice(0, 2), text, ...buttons, ...FOOTER.slice(2)]],
    ['after the first item of the site footer', [...HEADER, 'Mar 14', ...papers, FOOTER[0]!, text, ...buttons, ...FOOTER.slice(1)]],
  ];

  test.each(layouts)('drops its text and its buttons as page chrome wherever they stand, short or longer than a line of the page, keeping every paper (%s)', (_, join) => {
    for (const text of [banner, long]) {
      for (const buttons of [['Accept all'], ['Accept all', 'Reject all'], ['Manage cookies', 'Reject', 'Accept']]) {
        for (const [where, fields] of places(text, buttons)) {
          const result = parse(join(...fields));
          expect(result.errors.map(formatProblem), `${where}: ${text.slice(0, 20)} ${buttons.join()}`).toEqual([]);
          expect(result.entries.map((e) => [e.title, e.abstract]), `${where}: ${text.slice(0, 20)} ${buttons.join()}`).toEqual([
            ['Sparse Adapters', abstract('adapters')],
            ['Graph Priors', abstract('priors')],
          ]);
        }
      }
    }
  });

  test.each(layouts)('drops a banner in another language (a browser set to German, French, Spanish, Italian, Portuguese or Dutch) wherever it stands, keeping every paper (%s)', (_, join) => {
    const banners: Array<[string, string[]]> = [
      ['Wir verwenden Cookies, um Ihnen die bestmögliche Erfahrung auf unserer Website zu bieten.', ['Alle akzeptieren', 'Ablehnen']],
      ['Wir verwenden Cookies, um Ihnen die bestmögliche Erfahrung auf unserer Website zu bieten.', ['Nur notwendige Cookies', 'Cookie-Einstellungen', 'Akzeptieren']],
      ['Nous utilisons des cookies pour améliorer votre expérience sur notre site.', ['Tout accepter', 'Tout refuser']],
      ['Nous utilisons des cookies pour améliorer votre expérience sur notre site.', ['Gérer les préférences', 'Accepter']],
      ['Utilizamos cookies para mejorar su experiencia en nuestro sitio web.', ['Aceptar todo', 'Rechazar todo', 'Configurar cookies']],
      ['Utilizziamo i cookie per migliorare la tua esperienza sul nostro sito.', ['Accetta tutto', 'Rifiuta tutto']],
      ['Usamos cookies para melhorar a sua experiência no nosso site.', ['Aceitar todos', 'Rejeitar todos']],
      ['Wij gebruiken cookies om uw ervaring op onze website te verbeteren.', ['Alles accepteren', 'Weigeren']],
    ];
    for (const [text, buttons] of banners) {
      for (const [where, fields] of places(text, buttons)) {
        const result = parse(join(...fields));
        expect(result.errors.map(formatProblem), `${where}: ${buttons.join()}`).toEqual([]);
        expect(result.entries.map((e) => [e.title, e.abstract]), `${where}: ${buttons.join()}`).toEqual([
          ['Sparse Adapters', abstract('adapters')],
          ['Graph Priors', abstract('priors')],
        ]);
      }
    }
  });

  test('drops it over the page header of a one-line save, whose Subscribe is glued onto the first title, reading the page once', () => {
    for (const text of [banner, long]) {
      const result = parse([text, 'Accept all', 'Reject all', 'Get trending papers in your email inbox!', 'SubscribeSparse Adapters', ...papers.slice(1)].join('\n'));
      expect(result.errors.map(formatProblem)).toEqual([]);
      expect(result.entries.map((e) => e.title)).toEqual(['Sparse Adapters', 'Graph Priors']);
      expect(result.warnings.map(formatProblem)).toContainEqual(expect.stringMatching(/^d\.txt:1: dropped a cookie or consent banner, its text .* and its buttons `Accept all`, `Reject all` \(lines 1–3\), as page chrome$/));
      expect(result.warnings.map(formatProblem).join('\n')).not.toMatch(/the page is in this file|as part of the page header/);
    }
  });

  test.each(layouts)('says where it dropped a banner, naming its text and its buttons (%s)', (_, join) => {
    const dump = join(...HEADER, 'Mar 14', ...papers.slice(0, 2), long, 'Accept all', 'Reject all', ...papers.slice(2));
    const at = join === blankDump ? [15, 17, 19] : [8, 9, 10];
    expect(warnings(dump)).toEqual([`d.txt:${at[0]}: dropped a cookie or consent banner, its text \`We use cookies and similar technologies to improve your exp…\` and its buttons \`Accept all\`, \`Reject all\` (lines ${at[0]}–${at[2]}), as page chrome`]);
  });

  test.each(layouts)('keeps a paper whose abstract mentions cookies, over a banner\'s buttons or its text (%s)', (_, join) => {
    const cookies = ['Cookie Consent at Scale', 'We study how people accept all cookies or reject them, and why a banner with one button gets more consent than one with two.'];
    const expected = ['Sparse Adapters', 'Cookie Consent at Scale', 'Graph Priors'];
    for (const fields of [
      [...HEADER, 'Mar 14', ...papers.slice(0, 2), ...cookies, 'Accept all', 'Reject all', ...papers.slice(2)],
      [...HEADER, 'Mar 14', ...papers.slice(0, 2), ...cookies, long, 'Accept all', ...papers.slice(2)],
    ]) {
      // Under a title, text over the buttons is that title's abstract: the banner is its text where a title belongs.
      const result = parse(join(...fields));
      expect(result.errors.map(formatProblem), fields.join('|')).toEqual([]);
      expect(result.entries.map((e) => e.title), fields.join('|')).toEqual(expected);
      expect(result.entries[1]!.abstract).toBe(cookies[1]);
    }
  });
  test.each(layouts)('never publishes a banner with a heading as a paper without a word: its heading and text, read as a title and its abstract over the buttons, are named (%s)', (_, join) => {
    // Over its buttons, a heading and a banner's text read as a title and its abstract, as a paper's do: which one it is, only the reader can tell.
    for (const heading of ['Your privacy', 'We value your privacy']) {
      for (const fields of [
        [...HEADER, 'Mar 14', ...papers, heading, long, 'Accept all', 'Reject all'],
        [...HEADER, 'Mar 14', ...papers.slice(0, 2), heading, long, 'Accept all', 'Reject all', ...papers.slice(2)],
      ]) {
        const result = parse(join(...fields));
        const line = (text: string) => join(...fields).split('\n').indexOf(text) + 1;
        expect(result.entries.map((e) => e.title), fields.join('|')).toContain(heading);
        expect(result.warnings.map(formatProblem), fields.join('|')).toContainEqual(
          `d.txt:${line(heading)}: kept \`${heading}\` as a paper, though its abstract (line ${line(long)}) stands right over the buttons of a cookie or consent banner, \`Accept all\`, \`Reject all\` (dropped): a banner's heading and text read so too; if they are, delete lines ${line(heading)}–${line(long)} and ingest again`,
        );
      }
    }
  });
  test.each(layouts)('never loses a paper whose title another rule could drop (a figure, a card\'s button, a word of the footer alone) over an abstract right above bare banner buttons (%s)', (_, join) => {
    const other = abstract('priors');
    for (const title of ['2048', '42', 'Upvote', 'Models', 'Docs', 'Privacy']) {
      for (const fields of [
        [...HEADER, 'Mar 14', ...papers.slice(0, 2), title, abstract('numbers'), 'Accept all', 'Graph Priors', other],
        [...HEADER, 'Mar 14', ...papers, title, abstract('numbers'), 'Accept all'],
      ]) {
        const result = parse(join(...fields));
        // Kept as a paper (with the warning that it stands over a banner's buttons), or the run stops naming it: never dropped as the banner's text.
        if (result.errors.length > 0) expect(result.errors.map(formatProblem).join('\n'), fields.join('|')).toContain(title);
        else expect(result.entries.map((e) => [e.title, e.abstract]), fields.join('|')).toContainEqual([title, abstract('numbers')]);
      }
    }
  });
  test.each(layouts)('names no banner over a paper titled like its button, which it keeps as a title (%s)', (_, join) => {
    const result = parse(join(...HEADER, 'Mar 14', ...papers.slice(0, 2), 'Accept All', abstract('acceptance'), ...papers.slice(2)));
    expect(result.entries.map((e) => e.title)).toEqual(['Sparse Adapters', 'Accept All', 'Graph Priors']);
    expect(result.warnings.map(formatProblem).join('\n')).not.toMatch(/consent banner/);
  });
});

describe('parseListing: an error page saved instead of the listing', () => {
  const layouts = [
    ['blank-line blocks', blankDump],
    ['one line per field', (...fields: string[]) => fields.join('\n')],
  ] as const;
  /** Headings of the pages a server or a browser shows when the listing did not load, each with the short text under it. */
  const pages: Array<[string, string[]]> = [
    ['429 Too Many Requests', ['You have sent too many requests. Please try again later.']],
    ['HTTP 502 Bad Gateway', ['The server returned an invalid response.', 'nginx']],
    ['Error 503', ['Service temporarily unavailable.']],
    ['404', ["Sorry, we can't find the page you are looking for."]],
    ['Internal Server Error', ['The server encountered an error and could not complete your request.']],
    ['Something went wrong', ['We could not load this page. Please refresh the page or try again later.']],
    ['This page isn’t working', ['huggingface.co is currently unable to handle this request.', 'HTTP ERROR 500']],
  ];
  const papers = ['Sparse Adapters', abstract('adapters'), 'Graph Priors', abstract('priors')];

  test.each(layouts)('publishes no paper of it and says the page did not load, naming its heading (%s)', (_, join) => {
    for (const [heading, text] of pages) {
      for (const header of [[], ['Hugging Face', 'Models', 'Datasets', 'Log In']]) {
        const dump = join(...header, heading, ...text);
        const result = parse(dump);
        expect(result.errors.map(formatProblem), dump).toEqual([]);
        expect(result.entries, dump).toEqual([]);
        expect(result.warnings.map(formatProblem), dump).toEqual([
          `d.txt:${header.length * (join === blankDump ? 2 : 1) + 1}: holds no papers: \`${heading}\` is the heading of an error page (the site did not serve the listing when the page was saved), not a Daily Papers listing: save the page again once it shows the day's papers`,
        ]);
      }
    }
  });

  test.each(layouts)('stops, naming both lines, when an error heading stands over an abstract of a real length (%s)', (_, join) => {
    const dump = join('Something went wrong', [abstract('errors'), abstract('pages'), abstract('retries')].join(' '), ...papers);
    expect(errors(dump)).toEqual([
      expect.stringMatching(/^d\.txt:1: `Something went wrong` reads as the heading of an error page, yet line (2|3) holds an abstract of a paper's length: expected an error page \(no papers\) or the listing/),
    ]);
  });

  test.each(layouts)('never publishes an error\'s heading shown between the papers of a listing that loaded as a paper: dropped with the line under it, or the run stops (%s)', (_, join) => {
    for (const heading of ['Something went wrong', '429 Too Many Requests']) {
      const dropped = join('Mar 14', ...papers.slice(0, 2), heading, 'Retry', ...papers.slice(2));
      expect(errors(dropped), dropped).toEqual([]);
      expect(titles(dropped), dropped).toEqual(['Sparse Adapters', 'Graph Priors']);
      const doubtful = join('Mar 14', ...papers.slice(0, 2), heading, 'Please try again later.', ...papers.slice(2));
      expect(errors(doubtful), doubtful).toEqual([expect.stringMatching(new RegExp(`^d\\.txt:\\d+: cannot tell how \`${heading}\` pairs with the lines around it`))]);
    }
  });

  test.each(layouts)('keeps such words as a title where the listing loaded (a date line) or where they only start it (%s)', (_, join) => {
    expect(titles(join('Mar 14', 'Something went wrong', abstract('failures'), ...papers))).toEqual(['Something went wrong', 'Sparse Adapters', 'Graph Priors']);
    expect(titles(join('404 Not Found? Repairing Broken Links', abstract('links'), ...papers))).toEqual(['404 Not Found? Repairing Broken Links', 'Sparse Adapters', 'Graph Priors']);
  });
});

describe('parseListing: lines lost between a title and the next paper', () => {
  /** Invented papers, each abstract about its title's subject, as real ones are. */
  const PAPERS = [
    ['Sparse Routing for Mixture-of-Experts Transformers', 'Mixture-of-experts transformers route each token to a few experts. We study sparse routing that keeps every expert busy and report steady gains.'],
    ['Contrastive Decoding Against Object Hallucination', 'Vision models often describe objects that are not there. A contrastive decoding step removes most hallucination without retraining.'],
    ['Scaling Laws for Reward Models', 'Reward models are trained on human preferences. We fit scaling laws for reward model error against size and data, and find a clean power law.'],
    ['Diffusion Policies for Robot Grasping', 'Robot grasping in clutter is hard. We train diffusion policies from demonstrations and grasp unseen objects reliably.'],
    ['Tokenizer-Free Speech Recognition', 'Speech recognition usually needs a tokenizer. We recognise speech from raw audio without one and match tokenizer baselines.'],
    ['Protein Folding with Graph Networks', 'Graph networks over residues predict protein folding. Our folding model is small and fast and keeps accuracy on hard proteins.'],
    ['Retrieval Heads in Long-Context Language Models', 'Long-context language models retrieve facts through a few attention heads. We find these retrieval heads and show that pruning them breaks recall.'],
    ['Weather Forecasting from Satellite Images', 'Satellite images hold most of what a forecast needs. Our weather model reads them directly and beats numerical forecasting at short range.'],
    ['Quantized Kernels for Mobile Inference', 'Mobile inference is bound by memory. Quantized kernels in four bits halve latency on phones with little loss.'],
    ['Curriculum Learning for Theorem Proving', 'Theorem proving agents learn slowly from hard problems. A curriculum from easy lemmas to hard theorems doubles the proofs found.'],
    ['Watermarking Text from Language Models', 'Text from language models can carry a watermark. Our watermarking scheme survives paraphrase and is detectable from a few sentences.'],
    ['Federated Learning on Hospital Records', 'Hospital records cannot leave the hospital. Federated learning across twelve hospitals trains one model on their records privately.'],
  ] as const;
  const lines = PAPERS.flatMap(([title, text]) => [title, text]);

  test('warns, naming the title and the line, where an abstract and the next title are lost from a one-line dump', () => {
    // Lines 7 and 8 of the papers (paper 4's abstract, paper 5's title) lost: paper 4's title sits over paper 5's abstract.
    const lost = [...lines.slice(0, 7), ...lines.slice(9)];
    const result = parse(lineDump(lost[0]!, ...lost.slice(1)));
    expect(result.entries.map((e) => e.title)).toContain('Diffusion Policies for Robot Grasping');
    expect(result.warnings.map(formatProblem).filter((w) => w.includes('Diffusion Policies'))).toEqual([expect.stringMatching(/^d\.txt:9: `Diffusion Policies for Robot Grasping` shares hardly a word with the abstract under it \(line 10, `Speech recognition usually needs/)]);
  });

  test('says nothing of a one-line dump whose papers are whole', () => {
    const result = parse(lineDump(lines[0]!, ...lines.slice(1)));
    expect(result.entries).toHaveLength(PAPERS.length);
    expect(result.warnings.map(formatProblem)).toEqual([expect.stringMatching(/removed the page's `Subscribe`/)]);
  });
});

describe('parseListing: text hard-wrapped by `fold -s`, each break marked by the space it broke at', () => {
  /** `text` wrapped as `fold -s -w width` does: a break after the last space that fits, the space kept at the line's end; a word longer than the width cut at it. */
  const foldS = (text: string, width: number) =>
    text
      .split('\n')
      .map((line) => {
        const out: string[] = [];
        let rest = line;
        while (rest.length > width) {
          const space = rest.slice(0, width).lastIndexOf(' ');
          const at = space > 0 ? space + 1 : width;
          out.push(rest.slice(0, at));
          rest = rest.slice(at);
        }
        return [...out, rest].join('\n');
      })
      .join('\n');
  const PAPERS = [
    // A title in sentence case that fills its line at 60 columns, over an abstract that starts in title case.
    ['Simple linear attention models balance recall and throughput', 'Linear Attention Models (LAMs) such as Mamba and RWKV trade recall for speed. We find a simple mix of sliding windows and linear attention that keeps both, at every size we tried.'],
    ['Token Merging for Faster Vision Transformers', `${longAbstractOf('tokens')} Code: https://github.com/example-org/token-merging-for-faster-vision-transformers-v2.`],
    ['Scaling Laws for Reward Models', longAbstractOf('rewards')],
  ] as const;
  const unwrapped = PAPERS.map(([title, text]) => [title, text]);

  test.each([50, 60, 61, 72, 80])('reads a blank line between papers only, each a title over its abstract, folded at %i columns, as the unwrapped dump', (width) => {
    const result = parse(foldS(blankDump(...HEADER, 'Mar 14', ...PAPERS.map(([title, text]) => `${title}\n${text}`)), width));
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.entries.map((e) => [e.title, e.abstract])).toEqual(unwrapped);
  });

  test.each([50, 61, 72])('reads a URL that `fold` cut at %i columns as one word where the spaces at the ends of lines were stripped, in a blank line between papers only', (width) => {
    const text = foldS(blankDump(...HEADER, 'Mar 14', ...PAPERS.slice(1).map(([title, text]) => `${title}\n${text}`)), width).replace(/ +$/gmu, '');
    const result = parse(text);
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.entries.map((e) => [e.title, e.abstract])).toEqual(unwrapped.slice(1));
  });

  test.each([50, 60, 72, 80])('reads a one-line dump folded at %i columns as the unwrapped dump, each entry at the line its title starts', (width) => {
    const text = foldS(lineDump(PAPERS[0][0], PAPERS[0][1], ...PAPERS.slice(1).flatMap(([title, abstract]) => [title, abstract])), width);
    const result = parse(text);
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.entries.map((e) => [e.title, e.abstract])).toEqual(unwrapped);
    expect(result.entries.map((e) => text.split('\n')[e.line - 1]!.trimEnd())).toEqual(PAPERS.map(([title], i) => foldS(`${i === 0 ? 'Subscribe' : ''}${title}`, width).split('\n')[0]!.trimEnd()));
  });
});

describe('parseListing: text hard-wrapped with no marks at its breaks, where it cannot be read', () => {
  const wrap = (text: string, width: number) => text.replace(new RegExp(`(.{1,${width}})(?: |$)`, 'g'), '$1\n').trim();

  test('says the text looks hard-wrapped, with the width and what to do, where a title in sentence case fills its wrapped line over its abstract in one block', () => {
    const filling = 'Simple linear attention models balance recall and throughput';
    const width = filling.length;
    const text = blankDump('Mar 14', `Token Merging\n${wrap(longAbstractOf('tokens'), width)}`, `${filling}\n${wrap(longAbstractOf('recall'), width)}`, `Scaling Laws\n${wrap(longAbstractOf('rewards'), width)}`);
    const said = errors(text);
    expect(said).not.toEqual([]);
    expect(said).toEqual(said.map(() => expect.stringMatching(/^d\.txt:\d+: .*; the text looks hard-wrapped at about 60 characters a line \(most of its lines end near that column\), which can hide where a title ends and its abstract starts: save the page again without wrapping lines$/u)));
  });

  test.each([53, 54, 55])('never reads the first line of an abstract in title case as the end of a title that fills its line, wrapped at %i columns: it stops, saying the text looks hard-wrapped', (width) => {
    const title = 'Dual Decoding: Bridging Greedy and Sampled Generation';
    const text = blankDump('Mar 14', `Token Merging\n${wrap(longAbstractOf('tokens'), width)}`, `${title}\n${wrap('Greedy Text Decoding (GTD) and Sampled Text Decoding (STD) are the two common ways to generate text from a language model. We combine them in one decoder that switches by the entropy of the next token, and find it better than either on four benchmarks.', width)}`, `Scaling Laws\n${wrap(longAbstractOf('rewards'), width)}`);
    const result = parse(text);
    expect(result.entries.map((e) => e.title)).not.toContain(`${title} Greedy Text Decoding (GTD) and Sampled Text Decoding`);
    expect(result.errors.map(formatProblem)).toEqual([expect.stringMatching(/; the text looks hard-wrapped at about \d+ characters a line/u)]);
  });
});
