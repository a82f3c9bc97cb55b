// The address the add-in is deployed at, and the manifest written for it. `npm run build -- --env
// host=https://addins.contoso.example/aicost/` builds dist/ for that address; without a host the
// build keeps the development manifest, which points at https://localhost:3000/.

/** Where the development manifest (manifest.xml) says every file is. */
const DEV_BASE = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";

/** Hosts that name the machine the build runs on: no one else's Excel can reach them. */
const LOOPBACK = /^(localhost|.*\.localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0|\[::\])$/i;

/** Why a host cannot be deployed to, in one sentence that names it. */
class HostError extends Error {}

/**
 * The base every file of dist/ is served under, from the host given to the build: an https URL
 * that is no one's local machine, with no user name, query or fragment, whose path ends with a
 * slash (the manifest's addresses are that path followed by a file name). Throws a HostError
 * saying what is wrong otherwise.
 */
function deployBase(host) {
  const given = typeof host === "string" ? host.trim() : "";
  const example = "for example --env host=https://addins.contoso.example/aicost/";
  if (!given) throw new HostError(`host is empty: give the https address dist/ will be served from, ${example}.`);
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new HostError(`host "${given}" is not a URL: give the https address dist/ will be served from, ${example}.`);
  }
  if (url.protocol !== "https:") {
    throw new HostError(
      `host "${given}" is not https: Excel loads add-ins only over https, so give an https address, ${example}.`,
    );
  }
  if (url.username || url.password) {
    throw new HostError(`host "${given}" holds a user name or password: give the address alone.`);
  }
  if (url.search || url.hash || given.endsWith("?") || given.endsWith("#")) {
    throw new HostError(`host "${given}" has a query or a fragment: give the folder's address alone.`);
  }
  if (LOOPBACK.test(url.hostname)) {
    throw new HostError(
      `host "${given}" is this machine (${url.hostname}): a finance team's Excel cannot reach it. ` +
        "The development build (npm start) serves localhost; give the organisation's https server.",
    );
  }
  if (!url.pathname.endsWith("/")) {
    throw new HostError(
      `host "${given}" does not end with a slash: the add-in's files are addressed under a folder, ` +
        `so give ${url.origin}${url.pathname}/.`,
    );
  }
  return { base: `${url.origin}${url.pathname}`, origin: url.origin };
}

/** The manifest's four-part Version from package.json's semantic version: 1.4.2 is 1.4.2.0. */
function manifestVersion(version) {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(String(version));
  if (!match || match.slice(1).some((part) => Number(part) > 65535)) {
    throw new HostError(
      `package.json's version "${version}" cannot be a manifest Version: give major.minor.patch, each 0 to 65535.`,
    );
  }
  return `${match[1]}.${match[2]}.${match[3]}.0`;
}

/**
 * The manifest for a deployment: every development address moved under `base`, the add-in's own
 * domain made the host's origin, and the Version set. The add-in's Id is kept, so an update
 * replaces the add-in rather than installing a second one. Without a base only the Version is set.
 */
function manifestFor(xml, { base, origin, version }) {
  let text = xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
  if (base) {
    text = text
      .split(DEV_BASE)
      .join(base)
      .split(`<AppDomain>${DEV_ORIGIN}</AppDomain>`)
      .join(`<AppDomain>${origin}</AppDomain>`);
    const left = /localhost/i.exec(text);
    if (left) throw new HostError(`the manifest still names localhost after moving it to ${base}.`);
  }
  return text;
}

module.exports = { DEV_BASE, HostError, deployBase, manifestFor, manifestVersion };
