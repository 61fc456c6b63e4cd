// Video and audio players embedded with an <iframe>: the host, the label, and how to turn the
// player's address into the page a reader would open. Data, not code: add a row for a player.

export interface PlayerHost {
  /** Matches the iframe's host name. */
  host: RegExp;
  name: string;
  kind: 'video' | 'audio';
  /** Matches the player's path and query; `$1` of it fills `watch`. */
  id?: RegExp;
  watch?: string;
}

export const PLAYER_HOSTS: PlayerHost[] = [
  { host: /(?:^|\.)youtube(?:-nocookie)?\.com$/, name: 'YouTube', kind: 'video', id: /\/embed\/([\w-]{6,})/, watch: 'https://www.youtube.com/watch?v=$1' },
  { host: /(?:^|\.)youtu\.be$/, name: 'YouTube', kind: 'video', id: /^\/([\w-]{6,})/, watch: 'https://www.youtube.com/watch?v=$1' },
  { host: /(?:^|\.)vimeo\.com$/, name: 'Vimeo', kind: 'video', id: /\/video\/(\d+)/, watch: 'https://vimeo.com/$1' },
  { host: /(?:^|\.)bilibili\.com$/, name: 'Bilibili', kind: 'video', id: /[?&]bvid=(BV\w+)/, watch: 'https://www.bilibili.com/video/$1' },
  { host: /(?:^|\.)bilibili\.com$/, name: 'Bilibili', kind: 'video', id: /[?&]aid=(\d+)/, watch: 'https://www.bilibili.com/video/av$1' },
  { host: /(?:^|\.)youku\.com$/, name: 'Youku', kind: 'video', id: /\/embed\/([\w=]+)/, watch: 'https://v.youku.com/v_show/id_$1.html' },
  { host: /(?:^|\.)v\.qq\.com$/, name: 'Tencent Video', kind: 'video', id: /[?&]vid=(\w+)/, watch: 'https://v.qq.com/x/page/$1.html' },
  { host: /(?:^|\.)ixigua\.com$/, name: 'Xigua Video', kind: 'video', id: /\/iframe\/(\d+)/, watch: 'https://www.ixigua.com/$1' },
  { host: /(?:^|\.)dailymotion\.com$/, name: 'Dailymotion', kind: 'video', id: /\/embed\/video\/(\w+)/, watch: 'https://www.dailymotion.com/video/$1' },
  { host: /(?:^|\.)ted\.com$/, name: 'TED', kind: 'video', id: /\/talks\/([\w-]+)/, watch: 'https://www.ted.com/talks/$1' },
  { host: /(?:^|\.)facebook\.com$/, name: 'Facebook', kind: 'video', id: /[?&]href=([^&]+)/, watch: '$1' },
  { host: /(?:^|\.)soundcloud\.com$/, name: 'SoundCloud', kind: 'audio', id: /[?&]url=([^&]+)/, watch: '$1' },
  { host: /(?:^|\.)spotify\.com$/, name: 'Spotify', kind: 'audio', id: /\/embed(\/[\w/-]+)/, watch: 'https://open.spotify.com$1' },
  { host: /(?:^|\.)music\.163\.com$/, name: 'NetEase Cloud Music', kind: 'audio', id: /[?&]id=(\d+)/, watch: 'https://music.163.com/#/song?id=$1' },
  { host: /(?:^|\.)podcasts\.apple\.com$/, name: 'Apple Podcasts', kind: 'audio' },
];

/** Social posts embedded as a quote their script would have turned into a card. */
export const SOCIAL_EMBED_CLASSES = ['twitter-tweet', 'twitter-video', 'instagram-media', 'tiktok-embed', 'reddit-card', 'bluesky-embed', 'mastodon-embed', 'threads-embed'];
