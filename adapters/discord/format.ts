/** Turns the core's answers into Discord embeds and buttons, inside Discord's limits. */
import { ActionRowBuilder, ButtonBuilder, ButtonStyle, EmbedBuilder, escapeMarkdown, type MessageCreateOptions } from 'discord.js';
import { formatDate, stripMarkup, type Answer, type SourceListing } from '../../src/index.ts';
import { discordToPlain } from './text.ts';
import { APOLOGY, type Reply } from '../conversation.ts';

/** Discord's limits. */
export const CONTENT_LIMIT = 2000;
export const DESCRIPTION_LIMIT = 4096;
export const EMBED_TOTAL_LIMIT = 6000;
export const TITLE_LIMIT = 256;
export const FOOTER_LIMIT = 2048;
export const FIELD_LIMIT = 25;
export const FIELD_VALUE_LIMIT = 1024;
/** The field that carries a question too long for the title, so Share and follow-ups read it whole. */
export const QUESTION_FIELD = 'Question';
/** Articles shown in a `sources` listing before "and N more". */
export const SOURCES_SHOWN = 20;

export const SHARE_PREFIX = 'tradetalk:share:';
export const HELPFUL_PREFIX = 'tradetalk:helpful:';
export const NOT_HELPFUL_PREFIX = 'tradetalk:unhelpful:';

/** Never ping anyone: input echoed back stays inert. The person replied to is not pinged either. */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const;

export { APOLOGY };
export const FEEDBACK_THANKS = 'Thanks for the feedback!';

const clip = (text: string, limit: number) => (text.length <= limit ? text : `${text.slice(0, limit - 1)}…`);

/**
 * Escapes Markdown and defuses mass mentions, so text from users and articles shows as written.
 * Mentions cannot ping anyway (`allowedMentions` is empty); this keeps them from even looking like one.
 */
export function escapeDiscord(text: string): string {
  return escapeMarkdown(text).replace(/@(everyone|here)/g, '@\u200b$1').replace(/<([@#][!&]?\d+)>/g, '<\u200b$1>');
}

/**
 * Reads a question back from an answer embed's title, undoing `escapeDiscord`: an answer carries
 * its question, so a reply chain can be read without the Message Content intent.
 */
export function questionFromTitle(title: string): string {
  return title.replace(/\u200b/g, '').replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** The footer text that marks an embed as one of TradeTalk's answers. */
const ANSWER_FOOTER = /(?:^| · )answer ([0-9a-f]{8})$/;

/** The question and answer id of an answer embed, or undefined for any other embed. A question too long for the title is read from its field. */
export function readAnswerEmbed(
  embed: { title?: string | null; footer?: { text: string } | null; fields?: readonly { name: string; value: string }[] | null } | undefined,
): { question: string; answerId: string } | undefined {
  const id = embed?.footer ? ANSWER_FOOTER.exec(embed.footer.text)?.[1] : undefined;
  if (!id || !embed?.title) return undefined;
  const whole = embed.fields?.find((f) => f.name === QUESTION_FIELD)?.value;
  return { question: questionFromTitle(whole ?? embed.title), answerId: id };
}

/** The question as an embed shows it: mentions and markup stripped, escaped. */
function shownQuestion(question: string): string {
  return escapeDiscord(stripMarkup(discordToPlain(question)));
}

function sourceLine(c: { n: number; title: string; publisher: string; date: string; url?: string }): string {
  const title = escapeDiscord(c.title).replace(/[[\]]/g, '');
  return `${c.n}. ${c.url ? `[${title}](${c.url})` : title} · ${escapeDiscord(c.publisher)} · ${formatDate(c.date)}`;
}

/** The answer as an embed: sentences with their citation numbers, then the numbered sources. */
export function answerEmbed(answer: Answer, answerId: string): EmbedBuilder {
  const whole = shownQuestion(answer.question);
  const embed = new EmbedBuilder().setTitle(clip(whole || 'Question', TITLE_LIMIT)).setColor(answer.status === 'answered' ? 0x1d3557 : 0x888888);
  // A title holds 256 characters and a question up to 500: the whole question goes in a field, or Share and follow-ups would ask a clipped one.
  if (whole.length > TITLE_LIMIT) embed.addFields({ name: QUESTION_FIELD, value: clip(whole, FIELD_VALUE_LIMIT) });
  if (answer.status === 'answered') {
    const sources = `**Sources**\n${answer.citations.map(sourceLine).join('\n')}`;
    const room = DESCRIPTION_LIMIT - sources.length - 2;
    const quote = clip(answer.sentences.map((s) => `${escapeDiscord(s.text)} **[${s.citation}]**`).join(' '), Math.max(200, room));
    embed.setDescription(clip(`${quote}\n\n${sources}`, DESCRIPTION_LIMIT));
  } else {
    embed.setDescription(clip(escapeDiscord(answer.text), DESCRIPTION_LIMIT));
  }
  // The answer id ends the footer whatever the notes: Share and follow-ups find the answer by it.
  const id = `answer ${answerId}`;
  const notes = answer.notes.join(' · ');
  embed.setFooter({ text: notes ? `${clip(notes, FOOTER_LIMIT - id.length - 3)} · ${id}` : id });
  // Discord refuses an embed over 6,000 characters in all: the quotes give way, never the question or the answer id.
  const { title = '', description = '', fields = [], footer: shown } = embed.data;
  const excess = title.length + description.length + (shown?.text.length ?? 0) + fields.reduce((n, f) => n + f.name.length + f.value.length, 0) - EMBED_TOTAL_LIMIT;
  if (excess > 0) embed.setDescription(clip(description, description.length - excess));
  return embed;
}

export function answerButtons(answerId: string, shareable: boolean): ActionRowBuilder<ButtonBuilder> {
  const row = new ActionRowBuilder<ButtonBuilder>();
  if (shareable) row.addComponents(new ButtonBuilder().setCustomId(`${SHARE_PREFIX}${answerId}`).setLabel('Share').setStyle(ButtonStyle.Primary));
  row.addComponents(
    new ButtonBuilder().setCustomId(`${HELPFUL_PREFIX}${answerId}`).setLabel('Helpful').setStyle(ButtonStyle.Secondary),
    new ButtonBuilder().setCustomId(`${NOT_HELPFUL_PREFIX}${answerId}`).setLabel('Not helpful').setStyle(ButtonStyle.Secondary),
  );
  return row;
}

/** A full answer message: embed, and buttons unless the question was not a question at all. */
export function answerMessage(answer: Answer, answerId: string, shareable: boolean): Pick<MessageCreateOptions, 'embeds' | 'components' | 'allowedMentions'> {
  return {
    embeds: [answerEmbed(answer, answerId)],
    components: answer.status === 'invalid' ? [] : [answerButtons(answerId, shareable && answer.status === 'answered')],
    allowedMentions: NO_MENTIONS,
  };
}

export function textEmbed(title: string, text: string): EmbedBuilder {
  return new EmbedBuilder().setTitle(clip(title, TITLE_LIMIT)).setDescription(clip(escapeDiscord(text), DESCRIPTION_LIMIT)).setColor(0x1d3557);
}

/** The `sources` listing, newest first, linked where a url is known. */
export function sourcesEmbed(listing: SourceListing): EmbedBuilder {
  const shown = listing.articles.slice(0, SOURCES_SHOWN);
  const lines = shown.map((a, i) => sourceLine({ ...a, n: i + 1 }));
  const more = listing.articles.length - shown.length;
  if (more > 0) lines.push(`…and ${more} more.`);
  return new EmbedBuilder()
    .setTitle(`I know ${listing.articles.length} article${listing.articles.length === 1 ? '' : 's'}, newest first`)
    .setDescription(clip(lines.join('\n'), DESCRIPTION_LIMIT))
    .setColor(0x1d3557);
}

/** Any reply of the conversation layer as a Discord message. */
export function replyMessage(reply: Reply, shareable: boolean): Pick<MessageCreateOptions, 'content' | 'embeds' | 'components' | 'allowedMentions'> {
  switch (reply.kind) {
    case 'answer':
      return answerMessage(reply.answer, reply.answerId, shareable);
    case 'sources':
      return { embeds: [sourcesEmbed(reply.sources)], components: [], allowedMentions: NO_MENTIONS };
    case 'help':
      return { embeds: [textEmbed('TradeTalk', reply.text)], components: [], allowedMentions: NO_MENTIONS };
    default:
      return { content: reply.text, embeds: [], components: [], allowedMentions: NO_MENTIONS };
  }
}
