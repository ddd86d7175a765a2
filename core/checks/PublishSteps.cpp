#include "checks/PublishSteps.h"

#include <QCoreApplication>

namespace imageprep::checks {

using namespace Qt::StringLiterals;

namespace {

const StepBlock Mount{QT_TRANSLATE_NOOP("ManualSteps", "Mount the guest read-only on the host (FUSE) to search it:"),
                      {u"mkdir -p /tmp/guest && guestmount -a IMAGE -i --ro /tmp/guest"_s}};
const StepBlock Unmount{QT_TRANSLATE_NOOP("ManualSteps", "Unmount it when done:"), {u"guestunmount /tmp/guest"_s}};

StepSet securityUpdates()
{
    return {{
                //: Lab mode, manual steps for "security-updates": -security is the name of Debian's and Ubuntu's security suites; /dev/s is memory in the appliance.
                {QT_TRANSLATE_NOOP("ManualSteps",
                                   "Debian, Ubuntu: with the appliance network on, list what the -security suites offer for the "
                                   "installed packages (apt's lists go to the appliance's memory, the guest stays read-only):"),
                 {uR"~(guestfish --ro --network -a IMAGE -i sh 'mkdir -p /dev/s/lists/partial /dev/s/archives/partial; echo nameserver 10.0.2.3 > /dev/s/r; mount --bind /dev/s/r /etc/resolv.conf; o="-o Dir::State::Lists=/dev/s/lists -o Dir::Cache=/dev/s -o Debug::NoLocking=1"; apt-get -q update $o >/dev/null; apt-get -s $o dist-upgrade | grep "^Inst" | grep -- -security; umount /etc/resolv.conf')~"_s}},
                //: Lab mode, manual steps for "security-updates". Shown as a shell comment; command lines stay untranslated.
                {QT_TRANSLATE_NOOP("ManualSteps", "RHEL, Rocky, AlmaLinux, Fedora: the security advisories that apply:"),
                 {uR"~(guestfish --ro --network -a IMAGE -i sh 'mkdir -p /dev/s; echo nameserver 10.0.2.3 > /dev/s/r; mount --bind /dev/s/r /etc/resolv.conf; dnf -q --setopt=cachedir=/dev/s updateinfo list --security; umount /etc/resolv.conf')~"_s}},
            },
            {
                //: Lab mode, manual steps for "security-updates": only the packages with security updates are upgraded, then the caches are cleaned.
                {QT_TRANSLATE_NOOP("ManualSteps", "Debian, Ubuntu: upgrade only the packages with security updates, then clean the caches:"),
                 {uR"~(virt-customize -a COPY --network --run-command "apt-get -q update && apt-get -s dist-upgrade | awk '/^Inst/ && /-security/ {print \$2}' | xargs -r apt-get -y install --only-upgrade && apt-get clean && rm -rf /var/lib/apt/lists/*")~"_s}},
                //: Lab mode, manual steps for "security-updates". Shown as a shell comment; command lines stay untranslated.
                {QT_TRANSLATE_NOOP("ManualSteps", "RHEL, Rocky, AlmaLinux, Fedora:"),
                 {u"virt-customize -a COPY --network --run-command 'dnf -y upgrade --security && dnf clean all'"_s}},
            }};
}

StepSet credentials()
{
    return {{
                Mount,
                //: Lab mode, manual steps for "no-baked-credentials": lists the files by name and owner, never their content.
                {QT_TRANSLATE_NOOP("ManualSteps",
                                   "SSH keys, known hosts, .netrc and cloud or registry credentials in /root and the home "
                                   "folders (names and owners only):"),
                 {uR"~(find /tmp/guest/root /tmp/guest/home \( -name 'authorized_keys*' -o -name known_hosts -o \( -name 'id_*' ! -name '*.pub' \) -o -name .netrc -o -path '*/.aws/credentials' -o -path '*/.docker/config.json' -o -name clouds.yaml -o -name secure.yaml \) -ls)~"_s}},
                //: Lab mode, manual steps for "no-baked-credentials". Shown as a shell comment; command lines stay untranslated.
                {QT_TRANSLATE_NOOP("ManualSteps", "Files that are private keys, whatever their name:"),
                 {uR"~(grep -rlE -- '-----BEGIN ([A-Z0-9]+ )?PRIVATE KEY-----' /tmp/guest/root /tmp/guest/home)~"_s}},
                //: Lab mode, manual steps for "no-baked-credentials": a fingerprint identifies a key without showing it.
                {QT_TRANSLATE_NOOP("ManualSteps", "Fingerprints of authorized keys (never the keys themselves):"),
                 {u"ssh-keygen -lf /tmp/guest/root/.ssh/authorized_keys"_s}},
                //: Lab mode, manual steps for "no-baked-credentials": prints user names only, never the hashes.
                {QT_TRANSLATE_NOOP("ManualSteps", "Login users other than root with a usable password (names only):"),
                 {uR"~(awk -F: 'NR==FNR { if ($3 != 0 && $7 !~ /(nologin|false)$/) login[$1]=1; next } ($1 in login) && $2 !~ /^[!*]/ { print $1 }' /tmp/guest/etc/passwd /tmp/guest/etc/shadow)~"_s}},
                Unmount,
            },
            {
                //: Lab mode, manual steps for "no-baked-credentials": ssh-userdir is a virt-sysprep operation.
                {QT_TRANSLATE_NOOP("ManualSteps", "Remove every user's .ssh folder (keys, known hosts):"),
                 {u"virt-sysprep -a COPY --operations ssh-userdir"_s}},
                //: Lab mode, manual steps for "no-baked-credentials". Shown as a shell comment; command lines stay untranslated.
                {QT_TRANSLATE_NOOP("ManualSteps", "Remove the credential files and any private key found above:"),
                 {uR"~(virt-customize -a COPY --run-command 'rm -f /root/.netrc /home/*/.netrc /root/.aws/credentials /home/*/.aws/credentials /root/.docker/config.json /home/*/.docker/config.json')~"_s}},
                //: Lab mode, manual steps for "no-baked-credentials": USER stands for each name the check printed.
                {QT_TRANSLATE_NOOP("ManualSteps", "Lock each password found above (USER is the name), or remove the user:"),
                 {u"virt-customize -a COPY --run-command 'passwd -l USER'"_s, u"virt-customize -a COPY --run-command 'userdel -r USER'"_s}},
            }};
}

StepSet locale()
{
    return {{
                //: Lab mode, manual steps for "cloud-init-locale": locale: is a cloud-init key, LANG a variable.
                {QT_TRANSLATE_NOOP("ManualSteps",
                                   "The locale cloud-init sets: locale: in its configuration, else LANG in /etc/default/locale, "
                                   "else en_US.UTF-8:"),
                 {uR"~(guestfish --ro -a IMAGE -i sh 'grep -Hn "^locale:" /etc/cloud/cloud.cfg /etc/cloud/cloud.cfg.d/*.cfg; grep -Hn LANG /etc/default/locale')~"_s}},
                //: Lab mode, manual steps for "cloud-init-locale". Shown as a shell comment; command lines stay untranslated.
                {QT_TRANSLATE_NOOP("ManualSteps", "The locales the guest has, and those locale-gen builds (C, C.UTF-8 and POSIX always exist):"),
                 {uR"~(guestfish --ro -a IMAGE -i sh 'localedef --list-archive; ls /usr/lib/locale; grep -v "^#" /etc/locale.gen')~"_s}},
            },
            {
                //: Lab mode, manual steps for "cloud-init-locale": put the locale the check found in place of fr_FR.UTF-8.
                {QT_TRANSLATE_NOOP("ManualSteps", "Generate the locale (fr_FR.UTF-8 here: use the one found above):"),
                 {uR"~(virt-customize -a COPY --run-command "sed -i 's/^# *\(fr_FR.UTF-8 UTF-8\)/\1/' /etc/locale.gen && (grep -q '^fr_FR.UTF-8 UTF-8' /etc/locale.gen || echo 'fr_FR.UTF-8 UTF-8' >> /etc/locale.gen) && locale-gen")~"_s}},
                //: Lab mode, manual steps for "cloud-init-locale". Shown as a shell comment; command lines stay untranslated.
                {QT_TRANSLATE_NOOP("ManualSteps", "Or have cloud-init set C.UTF-8, which every guest has:"),
                 {u"virt-customize -a COPY --write '/etc/cloud/cloud.cfg.d/99-locale.cfg:locale: C.UTF-8'"_s}},
            }};
}

} // namespace

QHash<QString, StepSet> publishManualSteps()
{
    return {{u"security-updates"_s, securityUpdates()}, {u"no-baked-credentials"_s, credentials()}, {u"cloud-init-locale"_s, locale()}};
}

} // namespace imageprep::checks
