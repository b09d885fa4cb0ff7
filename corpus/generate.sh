#!/usr/bin/env bash
# corpus/generate.sh — make the "generated" corpus group from bounces written by real mail servers.
#
# What it does (Debian/Ubuntu, run as root, needs only the Debian mirror; takes 3.5-4 minutes):
#   1. Postfix: installs Debian's postfix non-interactively (debconf "Local only", mailname example.test),
#      sets myhostname=example.test, starts it and, as a throw-away local user, sends messages that fail:
#        user-unknown            to a local user that does not exist            (local(8): unknown user)
#        multiple-recipients     to one valid local user, one unknown local user and one user that a
#                                second smtpd on 127.0.0.1:2525 rejects at RCPT time
#                                ("User unknown in local recipient table")
#        mailbox-full            to a user whose mailbox is over mailbox_size_limit
#        remote-domain-local-only to a non-local domain, which "Local only" refuses (error transport)
#        delayed / expired       to a domain routed to a second smtpd on :2526 whose recipient lookup
#                                table always fails (451 4.3.0 Temporary lookup failure): one delay
#                                warning, then the queue lifetime is cut and the message expires
#      waits for the bounces in /var/mail/<sender>, stops and purges postfix.
#   2. Exim: installs exim4-daemon-light (debconf "local delivery only; not on a network", mailname
#      example.test, split config), adds a few files to /etc/exim4/conf.d (primary_hostname
#      example.test, delay_warning, an appendfile quota for one user, a manualroute to 127.0.0.1:2525 /
#      :2526 for example.net / example.org, retry rules) and sends the same scenarios; the delay one is
#      refused at connect (nothing listens on :2526), so exim warns, then gives up (retry timeout).
#      Stops and purges exim.
#   3. Saves every bounce from the sender's mailbox as corpus/generated/<mta>-<scenario>.eml (the mbox
#      "From " line removed) and writes NAME.expected.json per corpus brief: recipients in the order of
#      the message/delivery-status part, action/status/diagnostic code from the DSN, the reason a
#      postmaster would give for the scenario, and provider/providerEntry only when a phrase of that
#      MTA's own entries in data/provider-messages.ts occurs in the recipient's diagnostic text
#      (Diagnostic-Code + its paragraph of the notice), most specific first; the format-only entries
#      (reason "unknown", e.g. exim's Subject line) are also looked for in the rest of the bounce.
#      The reason is the matched entry's (as the brief says), else the REASONS table in extract.js
#      below; a NOTE is printed where the entry's reason differs from the table's.
#   4. Replaces this machine's host name (if it shows up) with example.test and reports other leaks.
#
# Safety: it refuses to run when any mail transport agent is installed (other than one left by its own
# interrupted run), or when a user alice, bob or carol or their /var/mail file already exists. Outside corpus/generated it changes only: the
# MTA packages and their dependencies (recorded, then purged), three temporary system users (marked
# "smtp-codes corpus generator", removed with their /var/mail files), the MTAs' side effects
# /etc/mailname, /etc/aliases(.db) and the Debian-exim/postfix system accounts (restored/removed), and
# debconf answers for those packages (purged with them). Its state lives in corpus/.generate-state while
# it runs; if a run is interrupted, the next run first undoes what that state records. Temporary homes
# and mailbox copies are in a mktemp directory under /tmp, removed at exit.
#
# Usage (as root): corpus/generate.sh            (regenerates the 12 samples; idempotent)
#                  corpus/generate.sh --cleanup  (only undo the leftovers of an interrupted run)
set -euo pipefail

CORPUS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
OUT="$CORPUS_DIR/generated"
STATE="$CORPUS_DIR/.generate-state"
CATALOGUE="$CORPUS_DIR/../data/provider-messages.ts"
DOMAIN=example.test
SENDER=alice        # sends everything; its /var/mail file collects the bounces
FULLUSER=bob        # mailbox over quota
VALIDUSER=carol     # the one valid recipient of the multi-recipient message
USERS=("$SENDER" "$FULLUSER" "$VALIDUSER")
MARKER="smtp-codes corpus generator"
APT_OPTS=(-y -q -o DPkg::Lock::Timeout=300 --no-install-recommends)
WAIT_LIMIT=240      # seconds to wait for each batch of bounces
export DEBIAN_FRONTEND=noninteractive LC_ALL=C

log() { printf '[generate] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

[[ $(id -u) -eq 0 ]] || die "run as root (it installs and removes postfix/exim4)"
command -v apt-get >/dev/null && command -v dpkg-query >/dev/null || die "needs Debian's apt/dpkg"
command -v node >/dev/null || die "needs node (for the expected.json step)"
[[ -f $CATALOGUE ]] || die "catalogue not found: $CATALOGUE"

WORK=$(mktemp -d /tmp/smtp-codes-corpus.XXXXXX)
chmod 755 "$WORK"

# ---------------------------------------------------------------------------------------------------
# State and cleanup
# ---------------------------------------------------------------------------------------------------
installed_pkgs() { dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' 2>/dev/null | awk '$1 ~ /^.i/ {print $2}' | sort -u; }

mta_running_stop() {
  if [[ -x /usr/sbin/postfix ]] && /usr/sbin/postfix status >/dev/null 2>&1; then
    log "stopping postfix"; /usr/sbin/postfix stop >/dev/null 2>&1 || true; sleep 1
  fi
  if [[ -f /run/exim4/exim.pid ]]; then
    local pid; pid=$(cat /run/exim4/exim.pid 2>/dev/null || true)
    if [[ $pid =~ ^[0-9]+$ ]] && [[ $(cat /proc/"$pid"/comm 2>/dev/null) == exim4 ]]; then
      log "stopping exim (pid $pid)"; kill "$pid" 2>/dev/null || true; sleep 1
    fi
  fi
}

# Purge the packages this script installed (recorded in $STATE/pkgs), remove its files in /etc/exim4,
# its users and their mail, and restore /etc/mailname and /etc/aliases as they were before.
undo_state() {
  [[ -d $STATE ]] || return 0
  mta_running_stop
  rm -f /etc/exim4/conf.d/main/000_corpus_localmacros /etc/exim4/conf.d/main/95_corpus_options \
        /etc/exim4/conf.d/router/050_corpus_routes /etc/exim4/conf.d/transport/50_corpus_transports \
        /etc/exim4/conf.d/retry/20_corpus_retry
  if [[ -s $STATE/pkgs ]]; then
    local pkgs=() p
    while read -r p; do dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null | grep -q '^.i' && pkgs+=("$p"); done < "$STATE/pkgs"
    if ((${#pkgs[@]})); then
      log "purging ${pkgs[*]}"
      apt-get purge "${APT_OPTS[@]}" "${pkgs[@]}" >"$WORK/purge.log" 2>&1 || { cat "$WORK/purge.log" >&2; die "apt-get purge failed"; }
    fi
    : > "$STATE/pkgs"
  fi
  local u
  for u in "${USERS[@]}"; do
    if getent passwd "$u" | cut -d: -f5 | grep -qx "$MARKER"; then userdel "$u" 2>/dev/null || true; fi
    if grep -qx "$u" "$STATE/users" 2>/dev/null; then rm -f "/var/mail/$u"; fi
  done
  : > "$STATE/users"
  # system accounts the MTA packages created (postfix removes its own on purge; exim's stays behind)
  local acct
  for acct in postfix Debian-exim; do
    if ! grep -qx "$acct" "$STATE/accounts-before" 2>/dev/null; then
      getent passwd "$acct" >/dev/null && userdel "$acct" 2>/dev/null || true
      getent group "$acct" >/dev/null && groupdel "$acct" 2>/dev/null || true
    fi
  done
  getent group postdrop >/dev/null && ! grep -qx postdrop "$STATE/accounts-before" 2>/dev/null && groupdel postdrop 2>/dev/null || true
  local f
  for f in /etc/mailname /etc/aliases /etc/aliases.db; do
    if [[ -e $STATE/etc/$(basename "$f") ]]; then cp -p "$STATE/etc/$(basename "$f")" "$f"
    elif grep -qx "$f" "$STATE/etc-absent" 2>/dev/null; then rm -f "$f"; fi
  done
  rm -rf "$STATE"
}

on_exit() {
  local rc=$?
  if [[ -d $STATE ]]; then log "cleaning up"; undo_state || log "cleanup incomplete: see $STATE"; fi
  rm -rf "$WORK"
  exit $rc
}

if [[ -d $STATE ]]; then log "found state of an interrupted run: undoing it first"; undo_state; fi
[[ ${1:-} == --cleanup ]] && { rm -rf "$WORK"; log "clean"; exit 0; }

# Refuse to touch a mail server this script did not install.
mtas=$(dpkg-query -W -f='${db:Status-Abbrev} ${Package} ${Provides}\n' 2>/dev/null | awk '$1 ~ /^.i/ && /mail-transport-agent/ {print $2}')
[[ -z $mtas ]] || die "a mail transport agent is installed ($mtas); this script only runs on a machine without one"
for u in "${USERS[@]}"; do
  getent passwd "$u" >/dev/null && die "user $u exists and is not this script's; edit USERS"
  [[ -e /var/mail/$u ]] && die "/var/mail/$u exists; not touching it"
done

mkdir -p "$STATE/etc"
trap on_exit EXIT
trap 'exit 130' INT TERM
: > "$STATE/pkgs"; : > "$STATE/users"; : > "$STATE/etc-absent"
for acct in postfix Debian-exim postdrop; do
  { getent passwd "$acct" || getent group "$acct"; } >/dev/null && echo "$acct" >> "$STATE/accounts-before"
done
touch "$STATE/accounts-before"
for f in /etc/mailname /etc/aliases /etc/aliases.db; do
  if [[ -e $f ]]; then cp -p "$f" "$STATE/etc/"; else echo "$f" >> "$STATE/etc-absent"; fi
done

# ---------------------------------------------------------------------------------------------------
# Users: a sender, a recipient whose mailbox is over quota, a valid recipient. Homes under $WORK.
# ---------------------------------------------------------------------------------------------------
mkdir -p "$WORK/home"
for u in "${USERS[@]}"; do
  useradd --system --no-create-home --home-dir "$WORK/home/$u" --shell /usr/sbin/nologin --comment "$MARKER" "$u"
  echo "$u" >> "$STATE/users"
  install -d -o "$u" -m 700 "$WORK/home/$u"
done

prefill_full_mailbox() {  # 120 KB of old mail, over the 100 KB limits set below
  {
    for i in $(seq 1 60); do
      printf 'From old-%d@example.com  Mon Jan  5 09:00:00 2026\nFrom: old-%d@example.com\nTo: %s@%s\nSubject: Old message %d\n\n' "$i" "$i" "$FULLUSER" "$DOMAIN" "$i"
      head -c 2000 /dev/zero | tr '\0' 'x' | fold -w 72; printf '\n\n'
    done
  } > "/var/mail/$FULLUSER"
  chown "$FULLUSER:mail" "/var/mail/$FULLUSER"; chmod 660 "/var/mail/$FULLUSER"
}

send() {  # send SCENARIO "To: header value" "Subject"
  local scenario=$1 to=$2 subject=$3
  printf 'From: Alice Example <%s@%s>\nTo: %s\nSubject: %s\nX-Corpus-Scenario: %s\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nHi,\n\nplease find the notes from Tuesday below.\n\nAlice\n' \
    "$SENDER" "$DOMAIN" "$to" "$subject" "$scenario" |
    runuser -u "$SENDER" -- /usr/sbin/sendmail -t -i
}

send_all() {
  send user-unknown "nosuchuser@$DOMAIN" "Meeting notes"
  send multiple-recipients "carol@$DOMAIN, dan@$DOMAIN, erin@example.net" "Project kickoff"
  send mailbox-full "bob@$DOMAIN" "Invoice 2026-114"
  send remote-domain-local-only "someone@nosuch-domain.invalid" "Hello from Alice"
  send delayed "later@example.org" "Weekly report"
}

bounces_in() { if [[ -f /var/mail/$SENDER ]]; then grep -c '^From MAILER-DAEMON' "/var/mail/$SENDER" || true; else echo 0; fi; }

wait_for_bounces() {  # wait_for_bounces N
  local want=$1 t=0
  while (( $(bounces_in) < want )); do
    (( t >= WAIT_LIMIT )) && { log "timed out: $(bounces_in) of $want bounces"; return 1; }
    sleep 5; t=$((t + 5))
  done
  log "$(bounces_in) bounces in /var/mail/$SENDER"
}

install_recording() {  # install_recording PKG... — install, and record every package it added
  installed_pkgs > "$WORK/before"
  apt-get install "${APT_OPTS[@]}" "$@" >"$WORK/install.log" 2>&1 || { cat "$WORK/install.log" >&2; die "apt-get install $* failed"; }
  installed_pkgs > "$WORK/after"
  comm -13 "$WORK/before" "$WORK/after" >> "$STATE/pkgs"
  log "installed: $(comm -13 "$WORK/before" "$WORK/after" | tr '\n' ' ')"
}

mkdir -p "$OUT"
SECONDS=0

# ---------------------------------------------------------------------------------------------------
# 1. Postfix
# ---------------------------------------------------------------------------------------------------
log "postfix: installing"
debconf-set-selections <<EOF
postfix postfix/main_mailer_type select Local only
postfix postfix/mailname string $DOMAIN
EOF
install_recording postfix
[[ -x /usr/sbin/postfix ]] || die "postfix did not install"

prefill_full_mailbox
# example.net and example.org are "local" domains whose mail is handed over SMTP to two extra smtpd
# listeners on this host, so the rejections are written by a real Postfix smtpd.
cat > /etc/postfix/transport <<'EOF'
example.net   smtp:[127.0.0.1]:2525
example.org   smtp:[127.0.0.1]:2526
EOF
postmap /etc/postfix/transport
postconf -e \
  "myhostname = $DOMAIN" \
  "mydestination = $DOMAIN, example.net, example.org, localhost" \
  "inet_protocols = ipv4" \
  "transport_maps = hash:/etc/postfix/transport" \
  "mailbox_size_limit = 102400" "message_size_limit = 51200" \
  "delay_warning_time = 30s" \
  "queue_run_delay = 10s" "minimal_backoff_time = 10s" "maximal_backoff_time = 20s"
cat >> /etc/postfix/master.cf <<'EOF'
# smtp-codes corpus generator: a "remote" server for example.net (unknown users are rejected at RCPT)
127.0.0.1:2525 inet n - y - - smtpd -o myhostname=mx.example.net -o syslog_name=postfix-mx
# ... and one for example.org whose recipient lookups always fail temporarily (451 4.3.0)
127.0.0.1:2526 inet n - y - - smtpd -o myhostname=mx.example.org -o syslog_name=postfix-mx2 -o local_recipient_maps=fail:corpus-tempfail
EOF
postfix check
postfix start >/dev/null 2>&1
sleep 2
log "postfix: sending"
send_all
wait_for_bounces 5          # 4 bounces + 1 delay warning
log "postfix: cutting maximal_queue_lifetime so the delayed message expires"
postconf -e "maximal_queue_lifetime = 30s" "bounce_queue_lifetime = 30s"
postfix reload >/dev/null 2>&1; sleep 1; postqueue -f
wait_for_bounces 6
postfix stop >/dev/null 2>&1 || true; sleep 1
cp "/var/mail/$SENDER" "$WORK/postfix.mbox"
: > "/var/mail/$SENDER"; rm -f "/var/mail/$VALIDUSER"
log "postfix: purging"
apt-get purge "${APT_OPTS[@]}" $(cat "$STATE/pkgs") >"$WORK/purge.log" 2>&1 || { cat "$WORK/purge.log" >&2; die "purge failed"; }
: > "$STATE/pkgs"

# ---------------------------------------------------------------------------------------------------
# 2. Exim
# ---------------------------------------------------------------------------------------------------
log "exim: installing"
debconf-set-selections <<EOF
exim4-config exim4/dc_eximconfig_configtype select local delivery only; not on a network
exim4-config exim4/mailname string $DOMAIN
exim4-config exim4/dc_other_hostnames string example.net
exim4-config exim4/dc_local_interfaces string 127.0.0.1 ; 127.0.0.1.2525
exim4-config exim4/dc_minimaldns boolean false
exim4-config exim4/dc_localdelivery select mbox format in /var/mail/
exim4-config exim4/use_split_config boolean true
exim4-config exim4/dc_postmaster string
EOF
install_recording exim4-daemon-light
[[ -x /usr/sbin/exim4 ]] || die "exim4 did not install"

prefill_full_mailbox
cat > /etc/exim4/conf.d/main/000_corpus_localmacros <<EOF
# smtp-codes corpus generator
MAIN_HARDCODE_PRIMARY_HOSTNAME = $DOMAIN
EOF
cat > /etc/exim4/conf.d/main/95_corpus_options <<'EOF'
# smtp-codes corpus generator: one delay warning after a minute, the next one two days later
delay_warning = 1m:2d
EOF
cat > /etc/exim4/conf.d/router/050_corpus_routes <<'EOF'
# smtp-codes corpus generator. Mail for example.net / example.org submitted here goes over SMTP to this
# same exim on 127.0.0.1:2525 (the unknown user is refused at RCPT) / to 127.0.0.1:2526 (refused).
corpus_remote_test:
  driver = manualroute
  domains = example.net : example.org
  condition = ${if !eq{$received_port}{2525}}
  route_list = example.net 127.0.0.1 ; example.org 127.0.0.1
  self = send
  transport = corpus_smtp
  no_more

corpus_quota_user:
  driver = accept
  domains = +local_domains
  local_parts = bob
  check_local_user
  transport = corpus_quota_spool
EOF
cat > /etc/exim4/conf.d/transport/50_corpus_transports <<'EOF'
# smtp-codes corpus generator. Connect from 127.0.0.2, which is not in relay_from_hosts, so that the
# receiving side verifies the recipient at RCPT time.
corpus_smtp:
  driver = smtp
  port = ${if eq{$domain}{example.org}{2526}{2525}}
  interface = 127.0.0.2
  hosts_try_fastopen = :

corpus_quota_spool:
  driver = appendfile
  file = /var/mail/$local_part_data
  delivery_date_add
  envelope_to_add
  return_path_add
  group = mail
  mode = 0660
  mode_fail_narrower = false
  quota = 100K
EOF
cat > /etc/exim4/conf.d/retry/20_corpus_retry <<'EOF'
# smtp-codes corpus generator: bounce over-quota mail at once; give up on example.org after 2 minutes
*               quota
example.org     *       F,2m,15s
EOF
update-exim4.conf
/usr/sbin/exim4 -bd -q10s
sleep 2
log "exim: sending"
send_all
wait_for_bounces 6          # 4 bounces + 1 delay warning + 1 retry timeout
sleep 2
[[ -f /run/exim4/exim.pid ]] && kill "$(cat /run/exim4/exim.pid)" 2>/dev/null || true; sleep 1
cp "/var/mail/$SENDER" "$WORK/exim.mbox"
log "exim: purging"
rm -f /etc/exim4/conf.d/main/000_corpus_localmacros /etc/exim4/conf.d/main/95_corpus_options \
      /etc/exim4/conf.d/router/050_corpus_routes /etc/exim4/conf.d/transport/50_corpus_transports \
      /etc/exim4/conf.d/retry/20_corpus_retry
log "bounces collected after ${SECONDS}s"

# ---------------------------------------------------------------------------------------------------
# 3. .eml + expected.json, 4. host-name scrub
# ---------------------------------------------------------------------------------------------------
cat > "$WORK/extract.js" <<'EOF'
// extract.js MTA MBOX OUTDIR CATALOGUE HOSTNAMES — see the header of generate.sh
const fs = require('fs');
const path = require('path');
const [mta, mboxFile, outDir, catalogueFile, hostnames] = process.argv.slice(2);

// The catalogue: objects with id, provider, match[], reason (the TS file is regular enough to scan).
const catalogue = [];
for (const block of fs.readFileSync(catalogueFile, 'utf8').split(/\n  \{\n/).slice(1)) {
  const id = /\bid: "([^"]+)"/.exec(block), provider = /\bprovider: "([^"]+)"/.exec(block);
  const match = /\bmatch: (\[.*?\]),\n/s.exec(block), reason = /\breason: "([^"]+)"/.exec(block);
  if (id && provider && match && reason) catalogue.push({ id: id[1], provider: provider[1], match: JSON.parse(match[1]), reason: reason[1] });
}
const own = catalogue.filter((e) => e.provider === mta);
if (!own.length) throw new Error(`no catalogue entries for ${mta}`);

// What a postmaster would conclude for each scenario's recipient (the codes alone are not enough:
// exim says 5.0.0 for everything). When a catalogue entry matches, its reason is used instead (see
// below), so exim's "Unrouteable address" for a local user becomes domain-unknown and its
// "mailbox is full: retry timeout exceeded" becomes expired, with a NOTE.
const REASONS = {
  postfix: {
    'nosuchuser@example.test': 'user-unknown', 'dan@example.test': 'user-unknown',
    'erin@example.net': 'user-unknown', 'bob@example.test': 'mailbox-full',
    // error(8) transport of the "Local only" setup: the text is just the domain, status 5.0.0
    'someone@nosuch-domain.invalid': 'unknown',
    'later@example.org:delayed': 'server-error',   // 451 4.3.0 Temporary lookup failure
    'later@example.org:failed': 'expired',         // same error until the queue lifetime ran out
  },
  exim: {
    'nosuchuser@example.test': 'user-unknown', 'dan@example.test': 'user-unknown',
    'erin@example.net': 'user-unknown', 'bob@example.test': 'mailbox-full',
    'someone@nosuch-domain.invalid': 'relay-denied', // "Mailing to remote domains not supported"
    'later@example.org:delayed': 'unknown',        // the warning gives no reason (4.0.0 only)
    'later@example.org:failed': 'expired',         // "retry timeout exceeded"
  },
}[mta];

const hosts = hostnames.split(/\s+/).filter((h) => h && h !== 'example.test' && h !== 'localhost');
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const scrub = (text) => hosts.reduce((t, h) => t.replace(new RegExp(`(?<![\\w.-])${esc(h)}(?![\\w-])`, 'gi'), 'example.test'), text);

const headerBlock = (part) => part.split(/\n\n/)[0];
const header = (head, name) => {
  const m = new RegExp(`^${name}:[ \\t]*((?:.*)(?:\\n[ \\t].*)*)`, 'im').exec(head);
  return m ? m[1].replace(/\n[ \t]+/g, ' ').trim() : null;
};
function parts(msg) {
  const ct = header(headerBlock(msg), 'Content-Type') || '';
  const b = /boundary="?([^";]+)"?/i.exec(ct);
  if (!b) return [];
  return msg.split(`\n--${b[1]}`).slice(1).filter((p) => !p.startsWith('--')).map((p) => p.replace(/^\n/, ''));
}

// Split the mbox; drop each "From " line and the blank separator line.
const mbox = fs.readFileSync(mboxFile, 'latin1');
const messages = mbox.split(/^From MAILER-DAEMON.*\n/m).slice(1).map((m) => m.replace(/\n$/, ''));
const written = [];
for (let raw of messages) {
  raw = scrub(raw);
  const scenario = (/^X-Corpus-Scenario: (\S+)/m.exec(raw) || [])[1];
  if (!scenario) { console.error(`skipping a bounce with no X-Corpus-Scenario:\n${raw.slice(0, 400)}`); continue; }
  const ps = parts(raw);
  const dsn = ps.find((p) => /^content-type:\s*message\/delivery-status/im.test(headerBlock(p)));
  const notice = ps.find((p) => /^content-type:\s*text\/plain/im.test(headerBlock(p))) || '';
  if (!dsn) throw new Error(`no message/delivery-status part (${scenario})`);
  const blocks = dsn.split(/\n\n/).slice(1).map((b) => b.trim()).filter((b) => /^final-recipient:/im.test(b));
  const recipients = blocks.map((b) => {
    const address = header(b, 'Final-Recipient').replace(/^rfc822;\s*/i, '');
    const action = header(b, 'Action').toLowerCase();
    const status = header(b, 'Status');
    const diag = header(b, 'Diagnostic-Code');
    const code = diag && /^[^;]*;\s*([245]\d\d)\b/.exec(diag);
    // the recipient's paragraph in the human-readable part: its line and the indented lines after it
    const lines = notice.split('\n');
    const at = lines.findIndex((l) => new RegExp(`^\\s*<?${esc(address)}>?(:|\\s*$)`).test(l));
    const para = [];
    if (at >= 0) { para.push(lines[at]); for (let i = at + 1; i < lines.length && /^\s{4}\S/.test(lines[i]); i++) para.push(lines[i]); }
    const diagText = [diag || '', ...para].join('\n');
    const norm = (s) => s.toLowerCase().replace(/\s+/g, ' ');
    const has = (text, phrase) => norm(text).includes(norm(phrase));
    // Entries whose phrase is in this recipient's diagnostic text, most specific first (entries with
    // reason "unknown" only identify the MTA's bounce format, e.g. exim's Subject line, so they come
    // last and are the only ones looked for in the rest of the bounce).
    const longest = (e, text) => Math.max(...e.match.map((p) => (has(text, p) ? p.length : 0)));
    const hit = (text, entries) => entries.filter((e) => e.match.some((p) => has(text, p)))
      .sort((a, b) => (a.reason === 'unknown') - (b.reason === 'unknown') || longest(b, text) - longest(a, text));
    const entry = hit(diagText, own)[0] || hit(raw, own.filter((e) => e.reason === 'unknown'))[0] || null;
    const scenarioReason = REASONS[`${address}:${action}`] || REASONS[address];
    if (!scenarioReason) throw new Error(`no reason for ${address} (${action}) in ${scenario}`);
    // The brief: prefer the matched entry's reason (not for the format-only entries, whose reason is
    // "unknown"). Where that differs from the scenario, say so: the catalogue may need a look.
    const reason = entry && entry.reason !== 'unknown' ? entry.reason : scenarioReason;
    if (reason !== scenarioReason)
      console.error(`NOTE ${mta}-${scenario}: ${address} is really "${scenarioReason}"; expected.json says "${reason}" from ${entry.id}`);
    if (entry && !entry.match.some((p) => raw.toLowerCase().includes(p.toLowerCase())))
      console.error(`NOTE ${mta}-${scenario}: phrase of ${entry.id} is in the bounce only across a line fold`);
    return {
      address, action,
      replyCode: code ? Number(code[1]) : null,
      enhancedCode: status ? status.split(/\s/)[0] : null,
      reason,
      provider: entry ? entry.provider : null,
      providerEntry: entry ? entry.id : null,
    };
  });
  let name = `${mta}-${scenario}`;
  if (scenario === 'delayed' && recipients.every((r) => r.action === 'failed')) name = mta === 'exim' ? 'exim-retry-timeout' : 'postfix-expired';
  fs.writeFileSync(path.join(outDir, `${name}.eml`), raw, 'latin1');
  fs.writeFileSync(path.join(outDir, `${name}.expected.json`), JSON.stringify({ kind: 'dsn', recipients }, null, 2) + '\n');
  written.push(name);
}
console.log(written.join('\n'));
EOF

# Remove this script's earlier output only (names it writes), then write the new samples.
for mta in postfix exim; do
  rm -f "$OUT/$mta"-{user-unknown,multiple-recipients,mailbox-full,remote-domain-local-only,delayed,expired,retry-timeout}.{eml,expected.json}
done
hostnames="$(hostname 2>/dev/null || true) $(hostname -f 2>/dev/null || true) $(hostname -s 2>/dev/null || true)"
node "$WORK/extract.js" postfix "$WORK/postfix.mbox" "$OUT" "$CATALOGUE" "$hostnames" | sed 's/^/[generate] wrote /' >&2
node "$WORK/extract.js" exim "$WORK/exim.mbox" "$OUT" "$CATALOGUE" "$hostnames" | sed 's/^/[generate] wrote /' >&2

# Leak check: anything from this machine that should not be in the samples.
leaks=$(grep -ilw -E "$(printf '%s|' $hostnames "$WORK" runsc | sed 's/|$//')" "$OUT"/postfix-*.eml "$OUT"/exim-*.eml 2>/dev/null || true)
[[ -z $leaks ]] || log "WARNING: machine-specific strings remain in: $leaks"

log "done: $(ls "$OUT"/*.eml | wc -l) samples in $OUT after ${SECONDS}s (cleanup follows)"
