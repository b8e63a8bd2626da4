import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../lib/corpus/load';
import { createMatcher } from './enrich';
import { ingest } from './pipeline';
import { docWith, ingested, source } from '../test/helpers';

/** Source lines as the test reads them itself: trimmed of ASCII, full-width and non-breaking spaces. */
const sourceLines = () =>
  source()
    .split(/\r?\n/)
    .map((l) => l.replace(/^[ \t\u3000\u00a0]+|[ \t\u3000\u00a0]+$/g, ''))
    .filter((l) => l.length > 0);

describe('nothing lost', () => {
  it('every non-blank source line lands in exactly one document, in order', () => {
    const { documents } = ingested();
    const lines = sourceLines();
    expect(lines.length).toBeGreaterThan(900);
    expect(documents.flatMap((d) => d.text.split('\n'))).toEqual(lines);
  });

  it('each document records the source lines it came from', () => {
    const raw = source().split(/\r?\n/);
    for (const d of ingested().documents) {
      expect(raw[d.lines[0] - 1]!.trim()).toBe(d.text.split('\n')[0]);
      expect(raw[d.lines[1] - 1]!.trim()).toBe(d.text.split('\n').at(-1));
    }
  });

  it('orders documents as in the source', () => {
    const orders = ingested().documents.map((d) => d.order);
    expect(orders).toEqual(orders.map((_, k) => k));
  });
});

describe('outline', () => {
  const plan = () => ingested().outline.documents[0]!;
  const chapters = () => plan().parts.flatMap((p) => p.chapters);
  const bodyText = () => source().slice(source().indexOf('序　言', source().indexOf('附件2')));

  it('has the 13 parts and 45 chapters of the table of contents, 41 of them with text', () => {
    expect(plan().parts).toHaveLength(13);
    expect(chapters().map((c) => c.no)).toEqual(Array.from({ length: 45 }, (_, k) => k + 1));
    expect(
      chapters()
        .filter((c) => c.present)
        .map((c) => c.no),
    ).toEqual(Array.from({ length: 41 }, (_, k) => k + 1));
    expect(
      chapters()
        .filter((c) => !c.present)
        .map((c) => c.zh),
    ).toEqual(['建设法治昆明', '建设平安昆明', '全力服务国防和军队现代化建设', '健全规划制定和落实机制']);
    expect(plan().appendices.map((a) => [a.no, a.zh, a.present])).toEqual([
      [1, '“十三五”规划《纲要》主要指标完成情况', false],
      [2, '名词解释', false],
    ]);
    expect(plan().parts[12]!.present).toBe(false);
  });

  it('counts sections and boxes as the source prints them', () => {
    const sections = bodyText().match(/^第[一二三四五六七八九十]+节/gm)!.length;
    const boxes = new Set(bodyText().match(/^专栏[0-9０-９]+/gm)).size;
    expect(chapters().reduce((n, c) => n + c.sections.length, 0)).toBe(sections);
    expect(chapters().reduce((n, c) => n + c.boxes.length, 0)).toBe(boxes);
    expect(boxes).toBe(39);
    // Chapter 24 prints no 第一节: its only section is the second.
    expect(chapters()[23]!.sections.map((s) => s.no)).toEqual([2]);
  });

  it('joins a heading that wraps onto a second line', () => {
    const s = chapters()[12]!.sections[0]!;
    expect(s.zh).toBe('全力服务联合国《生物多样性公约》第十五次缔约方大会和中国国际友好城市大会');
    const heading = ingested().documents.find((d) => d.id === 'km14-c13-s1')!;
    expect(heading.text.split('\n')).toHaveLength(2);
  });

  it('gives every title an English translation', () => {
    for (const c of chapters()) {
      expect(c.en).toMatch(/^[\x20-\x7e’–—]+$/);
      for (const s of [...c.sections, ...c.boxes]) expect(s.en).toMatch(/^[\x20-\x7e’–—]+$/);
    }
  });

  it('marks the cut-off last paragraph as truncated and nothing else', () => {
    const { documents } = ingested();
    const truncated = documents.filter((d) => d.truncated);
    expect(truncated).toHaveLength(1);
    expect(truncated[0]).toBe(documents.at(-1));
    expect(truncated[0]!.text).toBe(sourceLines().at(-1));
    expect(truncated[0]!.chapter?.no).toBe(41);
    expect(plan().truncated).toBe(true);
  });
});

describe('tables', () => {
  const indicators = () => ingested().documents.filter((d) => d.kind === 'indicator');
  const row = (n: number) => indicators()[n - 1]!.table!.cells;

  it('rebuilds the main-indicator table as 25 rows', () => {
    expect(indicators().map((d) => d.table!.cells[0])).toEqual(Array.from({ length: 25 }, (_, k) => String(k + 1)));
    expect(new Set(indicators().map((d) => d.table!.cells[1]))).toEqual(new Set(['经济发展', '创新驱动', '对外开放', '生态环境', '民生福祉', '安全保障']));
  });

  // Values checked by hand against lines 261–623 of the source.
  it('keeps exact values (rows checked against the source)', () => {
    expect(row(1)).toEqual(['1', '经济发展', '地区生产总值', '亿元', '6733.79', '突破10000，年均增长7.5-8%', '预期性', '市统计局']);
    expect(row(6)).toEqual(['6', '创新驱动', '研究与试验发展（R&D）经费投入占GDP比重（国家统计口径）', '%', '1.8', '2.5左右', '预期性', '市科技局']);
    expect(row(11)).toEqual(['11', '对外开放', '累计实际引进市外资金', '亿元', '[6886.67]', '[7500]', '预期性', '市投资促进局']);
    expect(row(17)).toEqual(['17', '生态环境', '森林覆盖率', '%', '52以上', '53', '约束性', '市林草局']);
    expect(row(24)).toEqual(['24', '安全保障', '粮食总产量', '万吨', '100', '>95', '预期性', '市农业农村局']);
    expect(row(25)).toEqual(['25', '安全保障', '全市电力装机容量', '万千瓦', '800', '1025', '预期性', '市发展改革委']);
  });

  it('does not invent values for cells the source leaves empty, and marks inherited ones', () => {
    expect(row(14).slice(2, 6)).toEqual(['单位GDP二氧化碳排放降低', '%', '累计下降23%', null]);
    expect(row(19)[7]).toBe('国家统计局昆明调查队');
    expect(indicators()[18]!.table!.inherited).toContain('数据来源');
    expect(indicators()[0]!.table!.inherited).toBeUndefined();
  });

  it('rebuilds box 26 as a four-column table', () => {
    const rows = ingested().documents.filter((d) => d.kind === 'table-row' && d.box?.no === 26);
    expect(rows.map((d) => d.table!.cells)).toEqual([
      [
        '昆明-安宁-楚雄',
        '昆楚高速、昆楚大城际铁路、昆瑞高铁、昆瑞高速、中缅油气管道',
        '安宁市',
        '加强产业园共建，依托国际能源通道，形成以石油炼化、磷盐化工、黑色冶金、新材料为主导产业的发展轴',
      ],
      ['昆明-晋宁-玉溪', '昆玉高速、昆玉城际、昆磨铁路、泛亚铁路中线', '呈贡区\n晋宁区', '推进昆玉同城化，形成先进装备制造、新材料等特色轻工业、商贸物流和休闲旅游发展轴'],
      ['昆明-宜良-石林-红河', '昆河高速、昆河铁路、滇越铁路', '宜良县\n石林县', '推进产业链协作，打造生物医药、非烟轻工、商贸物流以及旅游文化发展轴'],
      ['昆明-嵩明-曲靖', '昆曲高速、昆曲城际、沪昆铁路', '嵩明县', '疏解重工业产业功能，加快重要经济区产业发展，形成工业发展轴'],
    ]);
  });
});

describe('boxes', () => {
  it('ends a box where the section text resumes', () => {
    const after = docWith('提升城市排涝能力。推进海绵城市建设');
    expect(after.kind).toBe('paragraph');
    expect([after.chapter?.no, after.section?.no, after.box]).toEqual([17, 1, null]);
    expect(docWith('优化提升各类开发区。').kind).toBe('paragraph');
  });

  it('keeps an item written in the other style inside its box', () => {
    const item = docWith('健康文明生活方式全参与行动：');
    expect([item.kind, item.box?.no]).toEqual(['box-item', 37]);
  });

  it('recognises a box numbered with a full-width digit', () => {
    expect(docWith('先进装备制造和新能源汽车产业。发展以').box?.no).toBe(3);
  });
});

describe('ids', () => {
  it('are unique, URL-safe and readable', () => {
    const ids = ingested().documents.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^km14-[a-z0-9-]+$/);
    // Section 17.1: two paragraphs, box 23, 推进城市更新, box 24, then this one (lines 1224–1250).
    expect(docWith('推进海绵城市建设').id).toBe('km14-c17-s1-p4');
    expect(docWith('农村供水保障工程：').id).toBe('km14-b30-i1');
    expect(ingested().documents.find((d) => d.kind === 'indicator')!.id).toBe('km14-ind-01');
  });

  it('are the same, as is all output, on a second run', () => {
    const again = ingest(loadCorpus('corpus'));
    expect(JSON.stringify(again.documents)).toBe(JSON.stringify(ingested().documents));
    expect(JSON.stringify(again.outline)).toBe(JSON.stringify(ingested().outline));
  });
});

describe('districts', () => {
  const ids = (needle: string) => docWith(needle).districts.map((d) => d.id);

  it('tags paragraphs that name a district, by full or short name', () => {
    expect(ids('呈贡区：春城花都展示区')).toContain('chenggong');
    expect(ids('安宁市：新型城市化先导区')).toContain('anning');
    expect(ids('加快推进嵩明、宜良撤县设市')).toEqual(expect.arrayContaining(['songming', 'yiliang']));
  });

  it('does not take the 盘龙江 river for 盘龙区 or 五华山 for 五华区', () => {
    const river = ingested().documents.filter((d) => d.text.includes('盘龙江') && !/盘龙(?!江)/.test(d.text));
    expect(river.length).toBeGreaterThan(0);
    for (const d of river) expect(d.districts.map((t) => t.id)).not.toContain('panlong');
    const hill = ingested().documents.filter((d) => d.text.includes('五华山') && !/五华(?!山)/.test(d.text));
    expect(hill.length).toBeGreaterThan(0);
    for (const d of hill) expect(d.districts.map((t) => t.id)).not.toContain('wuhua');
  });

  it('tags no district for places outside Kunming', () => {
    const { gazetteer, topics } = loadCorpus('corpus');
    const matcher = createMatcher(gazetteer, topics);
    expect(matcher.districts('加强与楚雄、曲靖、玉溪、红河、弥勒、武定合作')).toEqual([]);
    expect(matcher.districts('盘龙江综合整治，五华山').map((t) => t.id)).toEqual([]);
    expect(matcher.districts('西山区和呈贡').map((t) => t.id)).toEqual(['xishan', 'chenggong']);
  });
});

describe('topics', () => {
  it('gives every document at least one topic', () => {
    for (const d of ingested().documents) expect(d.topics.length, d.id).toBeGreaterThan(0);
  });

  it('tags by chapter and by keyword', () => {
    expect(docWith('积极推进校园足球发展').topics.map((t) => t.id)).toContain('sports');
    expect(docWith('深化职业教育产教融合').topics.map((t) => t.id)).toContain('education');
    expect(docWith('农村供水保障工程：').topics.map((t) => t.id)).toContain('rural');
    expect(
      ingested()
        .documents.find((d) => d.id === 'km14-c30-s1-p1')!
        .topics.map((t) => t.id),
    ).toContain('ecology');
  });
});

describe('tokens', () => {
  it('index sub-words of longer words (cut for search)', () => {
    const d = docWith('提升4G网络覆盖水平');
    expect(d.tokens).toEqual(expect.arrayContaining(['网络', '覆盖', '4g']));
    expect(d.tokens.some((t) => /[，。、]/.test(t))).toBe(false);
  });
});
