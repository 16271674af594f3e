# ruff: noqa
"""Corpus 243, hand-written: rejections (31)."""

from msgs243_common import CAND, ats_card, outlook, paras, quote, word_html

R = "rejection"

_brandl = """Sehr geehrter Herr Ferncastle-Diop,

vielen Dank für Ihre Bewerbung als Disponent Warenlogistik (m/w/d) in unserem Zentrallager München-Freiham.

Nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung in diesem Auswahlverfahren nicht weiter berücksichtigen können.

Ihre Daten werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Ihr Recruiting-Team Kaufhaus Brandl"""

_b3_quoted = """Servus Herr Ferncastle-Diop,

heute um 10:00 Uhr war unser Videotermin angesetzt. Wir haben bis 10:20 Uhr im Raum gewartet, Sie aber leider nicht angetroffen.

Tobias Rainer"""

_ammersee_thanks = """Sehr geehrte Frau Lindinger,

vielen Dank für das angenehme Gespräch heute Vormittag und die Führung durch das Tiefkühllager. Die Einblicke in die Tourenplanung haben mich sehr interessiert.

Beste Grüße
Aurelio Ferncastle-Diop"""

_perlach_invite = """Hallo Herr Ferncastle-Diop,

gerne würden wir Sie zu einem Telefoninterview einladen. Passt Ihnen Dienstag, 14. April, um 15:30 Uhr? Ich rufe Sie unter der angegebenen Nummer an.

Gruß
Florian Wimmer"""

_f2_quoted = """Grüezi Herr Ferncastle-Diop

Limmat Cargo muss das Gespräch vom Donnerstag leider auf Montag, 13. Juli, 14:00 Uhr verschieben. Der Ort bleibt derselbe (Hohlstrasse 410, Empfang Gebäude B).

Freundliche Grüsse
Reto Ammann"""

_c3_thanks = """Hi Niamh,

Thank you for taking the time to meet me on Wednesday, and please pass my thanks to Declan as well. I really enjoyed hearing how the ramp coordination desk works during the early wave.

Kind regards,
Aurelio"""

_d2_quoted = """Bonjour Monsieur Ferncastle-Diop,

Suite à votre candidature, nous souhaiterions vous rencontrer le jeudi 21 mai à 10h00 dans nos locaux du Port du Rhin.

Bien cordialement,
Claire Oberlé"""

MESSAGES = [
    dict(kind=R, lang="de", name="brandl_workday_formal", company="Kaufhaus Brandl", contact="",
         **{"from": "Kaufhaus Brandl Karriere <brandl@myworkday.com>"},
         subject="Ihre Bewerbung bei Kaufhaus Brandl – Disponent Warenlogistik (m/w/d)",
         date="2026-01-19 16:42 +0100", text=_brandl,
         html=ats_card("Kaufhaus Brandl", "#7a1f2b", paras(_brandl),
                       "Diese Nachricht wurde automatisch über Workday versendet.")),
    dict(kind=R, lang="de", name="alpenkurier_after_noshow", company="Alpenkurier",
         contact="t.rainer@alpenkurier.example.de", id="B4", parent="B3",
         **{"from": "Tobias Rainer <t.rainer@alpenkurier.example.de>"},
         subject="AW: Videotermin Disposition Augsburg – heute 10:00 Uhr",
         date="2026-03-27 11:05 +0100",
         text="""Hallo Herr Ferncastle-Diop,

danke für Ihre Erklärung zum verpassten Termin. Wir haben intern noch einmal gesprochen und besetzen die Stelle in der Nachtdisposition nun mit einer Bewerberin, die bereits im Depot Gersthofen arbeitet. Einen neuen Termin werden wir Ihnen daher nicht anbieten.

Alles Gute für Ihre weitere Suche.

Tobias Rainer
Teamleiter Disposition
Alpenkurier GmbH · Bgm.-Wegele-Str. 12 · 86167 Augsburg
Tel. +49 821 555 0142

""" + quote(_b3_quoted, "Am 19.03.2026 um 10:31 schrieb Tobias Rainer <t.rainer@alpenkurier.example.de>:")),
    dict(kind=R, lang="de", name="lechtal_personio_closer_match", company="Lechtal Logistik",
         contact="", cte="quoted-printable",
         **{"from": "Lechtal Logistik <no-reply@personio.de>"},
         subject="Rückmeldung zu Ihrer Bewerbung: Sachbearbeiter Transportdisposition",
         date="2026-02-11 09:17 +0100",
         text="""Guten Tag Aurelio Ferncastle-Diop,

wir haben Ihr Profil mit Interesse gelesen. Am Ende haben wir uns für Bewerber:innen entschieden, deren bisherige Stationen noch enger zu den Anforderungen der Stelle passen – insbesondere was die Erfahrung mit Teilladungen im Fernverkehr betrifft.

Wir wünschen Ihnen für Ihren Weg in die Logistik viel Erfolg.

Lechtal Logistik
Personalabteilung

Diese E-Mail wurde über Personio versendet. Bitte antworten Sie nicht auf diese Nachricht."""),
    dict(kind=R, lang="de", name="donaumoos_on_hold", company="Donaumoos Frischelogistik",
         contact="", cte="base64",
         **{"from": "Donaumoos Frischelogistik Recruiting <noreply@successfactors.eu>"},
         subject="Disponent Frischdienst Ingolstadt – Stand Ihrer Bewerbung",
         date="2026-04-08 14:03 +0200",
         text="""Sehr geehrter Herr Ferncastle-Diop,

aufgrund einer Neuplanung unserer Standortstruktur wurde die Ausschreibung „Disponent Frischdienst“ vorerst gestoppt. Das Auswahlverfahren wird nicht fortgesetzt, und wir schließen damit auch Ihre Bewerbung ab.

Sollte die Position zu einem späteren Zeitpunkt neu ausgeschrieben werden, freuen wir uns, wenn Sie sich erneut bewerben.

Freundliche Grüße
Donaumoos Frischelogistik – Personalgewinnung"""),
    dict(kind=R, lang="de", name="chiemgau_terse", company="Chiemgau Baustoffhandel",
         contact="s.ederer@chiemgau-bau.example.de", charset="windows-1252",
         cte="quoted-printable",
         **{"from": "Sepp Ederer <s.ederer@chiemgau-bau.example.de>"},
         subject="Re: Bewerbung Lagerdisposition Traunstein",
         date="2026-02-23 17:48 +0100",
         text="""Servus Herr Ferncastle-Diop,

leider wird's nix – wir haben die Stelle schon vergeben.

Grüße
Sepp Ederer
Chiemgau Baustoffhandel – Lager & Fuhrpark"""),
    dict(kind=R, lang="de", name="tatkraft_relays_client", company="Würmtal Paketdienst",
         contact="m.hoelzl@tatkraft.example.de", charset="iso-8859-1", hdr_cs="iso-8859-1",
         **{"from": "Miriam Hölzl <m.hoelzl@tatkraft.example.de>"},
         subject="Rückmeldung Würmtal Paketdienst",
         date="2026-05-12 13:26 +0200",
         text="""Hallo Herr Ferncastle-Diop,

ich habe heute mit dem Würmtal Paketdienst telefoniert. Der Kunde hat sich gegen eine Übernahme in die Tourendisposition entschieden, weil er jemanden mit Staplerschein und Erfahrung im KEP-Bereich sucht.

Das ist schade, aber ich habe schon zwei andere Einsätze im Blick und melde mich nächste Woche bei Ihnen.

Viele Grüße
Miriam Hölzl
Personaldisponentin
Tatkraft Personal GmbH, Landsberger Str. 88, 80339 München
Tel. 089 555 2710"""),
    dict(kind=R, lang="de", name="vorfeld_filled_internally", company="Erdinger Vorfeld Services",
         contact="k.stanglmayr@vorfeld.example.de",
         **{"from": "Stanglmayr, Katharina <k.stanglmayr@vorfeld.example.de>"},
         subject="Ihre Bewerbung Einsatzkoordinator Vorfeld",
         date="2026-06-16 08:51 +0200",
         html=word_html(paras("""Sehr geehrter Herr Ferncastle-Diop,

die ausgeschriebene Position als Einsatzkoordinator Vorfeld konnten wir inzwischen mit einem Kollegen aus unserem eigenen Team besetzen. Eine externe Besetzung findet damit nicht mehr statt.

Wir bedanken uns für Ihr Interesse an unserem Unternehmen.

Mit freundlichen Grüßen

Katharina Stanglmayr
Personalreferentin
Erdinger Vorfeld Services GmbH | Nordallee 25 | 85356 München-Flughafen
T +49 89 555 3391

Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender und löschen Sie diese Nachricht."""))),
    dict(kind=R, lang="de", name="ammersee_after_interview", company="Ammersee Tiefkühl",
         contact="j.lindinger@ammersee-tk.example.de",
         **{"from": "Johanna Lindinger <j.lindinger@ammersee-tk.example.de>"},
         subject="AW: Danke für das Gespräch",
         date="2026-05-20 10:12 +0200",
         text="""Lieber Herr Ferncastle-Diop,

Ihre Nachricht hat uns gefreut, und auch wir fanden das Gespräch offen und angenehm. Nach dem Abgleich aller Gespräche haben wir uns trotzdem für eine andere Kandidatin entschieden, die schon mit unserem Lagerverwaltungssystem gearbeitet hat.

Ich hätte Ihnen gerne etwas anderes geschrieben.

Herzliche Grüße
Johanna Lindinger
Leitung Personal · Ammersee Tiefkühl GmbH & Co. KG · Dießen am Ammersee

""" + quote(_ammersee_thanks, "Am 12.05.2026 um 18:04 schrieb Aurelio Ferncastle-Diop <aurelio.fd@example.it>:")),
    dict(kind=R, lang="de", name="hinterstoisser_casual", company="Möbel Hinterstoißer",
         contact="lena.brunner@hinterstoisser.example.de", subj_mode="b",
         **{"from": "Lena Brunner <lena.brunner@hinterstoisser.example.de>"},
         subject="Kurzes Update zur Lagerstelle 🙈",
         date="2026-07-09 19:20 +0200",
         text="""Hey Aurelio,

kurz und ehrlich, bevor du noch länger wartest: mit der Stelle im Auslieferungslager wird's diesmal nix. Der Chef hat sich für jemanden entschieden, der schon bei uns in der Montage war.

Fand dich echt sympathisch – schau gern im Herbst wieder auf unsere Seite!

LG Lena"""),
    dict(kind=R, lang="de", name="tirolkuehl_softgarden", company="Tiroler Kühltransporte",
         contact="m.pfurtscheller@tirolkuehl.example.at",
         **{"from": "Tiroler Kühltransporte über softgarden <noreply@softgarden.io>",
            "reply_to": "Martina Pfurtscheller <m.pfurtscheller@tirolkuehl.example.at>"},
         subject="Ihre Bewerbung als Disponent:in Kühlverkehre, Innsbruck",
         date="2026-03-10 15:30 +0100",
         text="""Sehr geehrter Herr Ferncastle-Diop,

wir danken Ihnen für die Zeit, die Sie in Ihre Bewerbung investiert haben. Nach Abschluss der ersten Auswahlrunde sind wir zu dem Ergebnis gekommen, dass wir Ihnen keine Einladung zum Gespräch aussprechen werden.

Für Rückfragen steht Ihnen Frau Martina Pfurtscheller (m.pfurtscheller@tirolkuehl.example.at) gerne zur Verfügung.

Mit besten Grüßen
Tiroler Kühltransporte Ges.m.b.H.
Grabenweg 70, 6020 Innsbruck""",
         html=ats_card("Tiroler Kühltransporte", "#0b5394", paras("""Sehr geehrter Herr Ferncastle-Diop,

wir danken Ihnen für die Zeit, die Sie in Ihre Bewerbung investiert haben. Nach Abschluss der ersten Auswahlrunde sind wir zu dem Ergebnis gekommen, dass wir Ihnen keine Einladung zum Gespräch aussprechen werden.

Für Rückfragen steht Ihnen Frau Martina Pfurtscheller (m.pfurtscheller@tirolkuehl.example.at) gerne zur Verfügung."""),
             "Versendet mit softgarden e-recruiting.")),
    dict(kind=R, lang="de", name="untersberg_role_cancelled", company="Untersberg Air Handling",
         contact="p.gschwandtner@untersberg-air.example.at",
         **{"from": "Paul Gschwandtner <p.gschwandtner@untersberg-air.example.at>"},
         subject="Stelle Ladeplanung Salzburg – gestrichen",
         date="2026-09-22 12:44 +0200",
         text="""Sehr geehrter Herr Ferncastle-Diop,

ich muss Ihnen eine unerfreuliche Nachricht überbringen: Nach dem Verlust eines Charterkunden hat die Geschäftsführung die Stelle in der Ladeplanung ersatzlos gestrichen. Damit endet leider auch das Verfahren, in dem Sie sich befunden haben.

Das hat ausdrücklich nichts mit Ihrer Person zu tun.

Freundliche Grüße
Paul Gschwandtner
Stationsleiter
Untersberg Air Handling GmbH | Innsbrucker Bundesstraße 95 | 5020 Salzburg
+43 662 555 8120"""),
    dict(kind=R, lang="de", name="zstalent_limmat_no", company="Limmat Cargo",
         contact="reto.ammann@zs-talent.example.ch", id="F3", parent="F2",
         **{"from": "Reto Ammann <reto.ammann@zs-talent.example.ch>"},
         subject="AW: Limmat Cargo – neuer Termin Montag 14:00",
         date="2026-07-20 09:02 +0200",
         text="""Grüezi Herr Ferncastle-Diop

Ich habe heute Morgen das Feedback von Limmat Cargo erhalten. Man war von Ihrer Art angetan, hat sich aber für einen Kandidaten mit Schweizer Zollerfahrung entschieden. Für mich ist das Mandat damit abgeschlossen.

Ich behalte Ihr Dossier gerne für ähnliche Positionen im Raum Zürich.

Freundliche Grüsse
Reto Ammann
Senior Consultant Logistics
Zürichsee Talent AG · Seestrasse 12 · 8002 Zürich · +41 44 555 30 71

""" + quote(_f2_quoted, "Am 06.07.2026 um 16:15 schrieb Reto Ammann <reto.ammann@zs-talent.example.ch>:")),
    dict(kind=R, lang="de", name="wipkingen_smartrecruiters", company="Grossmarkt Wipkingen",
         contact="",
         **{"from": "Grossmarkt Wipkingen <noreply@smartrecruiters.com>"},
         subject="Grossmarkt Wipkingen: Ihre Bewerbung als Logistikkoordinator",
         date="2026-08-14 07:55 +0200",
         text="""Guten Tag Herr Ferncastle-Diop

Nach sorgfältiger Prüfung aller eingegangenen Dossiers teilen wir Ihnen mit, dass wir Ihre Kandidatur für die Position Logistikkoordinator nicht weiterverfolgen.

Wir danken Ihnen für Ihr Vertrauen und wünschen Ihnen alles Gute.

Grossmarkt Wipkingen – HR Services"""),
    dict(kind=R, lang="de", name="perlachberg_after_phone", company="Perlachberg Getränkelogistik",
         contact="f.wimmer@perlachberg.example.de",
         **{"from": "Florian Wimmer <f.wimmer@perlachberg.example.de>"},
         subject="AW: Telefoninterview Disposition",
         date="2026-04-24 16:10 +0200",
         text="""Hallo Herr Ferncastle-Diop,

nochmals danke für das Telefonat letzte Woche. Wir gehen mit zwei anderen Kandidaten in die zweite Runde und können Sie daher nicht weiter berücksichtigen.

Viele Grüße
Florian Wimmer
Perlachberg Getränkelogistik, Augsburg

""" + outlook("Florian Wimmer", "Donnerstag, 9. April 2026 11:20", "Aurelio Ferncastle-Diop",
              "Telefoninterview Disposition", _perlach_invite, "de")),
    dict(kind=R, lang="de", name="kh_search_unnamed_client", company="Kessler & Huber",
         contact="a.kessler@kh-search.example.de",
         **{"from": "Dr. Andrea Kessler <a.kessler@kh-search.example.de>"},
         subject="Ihre Kandidatur – Mandat Leitstand Süd",
         date="2026-10-06 18:30 +0200",
         text="""Sehr geehrter Herr Ferncastle-Diop,

unsere Mandantin hat die Shortlist für den Leitstand Süd geprüft. Ihr Profil wird dabei nicht weiter berücksichtigt; man legt Wert auf mehrjährige Führungserfahrung im Schichtbetrieb.

Gerne bleiben wir im Austausch.

Mit freundlichen Grüßen
Dr. Andrea Kessler
Partnerin
Kessler & Huber Executive Search · Maximilianstraße 31 · 80539 München"""),
    # ---------------------------------------------------------------- English
    dict(kind=R, lang="en", name="liffey_after_thankyou", company="Liffey Air Services",
         contact="niamh.brennan@liffeyair.example.ie", id="C4", parent="C3",
         **{"from": "Niamh Brennan via Greenhouse <no-reply@greenhouse-mail.io>",
            "reply_to": "Niamh Brennan <niamh.brennan@liffeyair.example.ie>"},
         subject="Re: Thank you - Ramp Dispatch Coordinator",
         date="2026-05-04 15:22 +0100",
         text="""Hi Aurelio,

Thanks so much for your kind note, and apologies for the slow reply. Declan and I compared notes with the wider team, and we have offered the role to someone who has run turnaround co-ordination at another Irish airport. I know that's disappointing after the effort you put into the interview.

Please do keep an eye on our careers page - the cargo side is growing.

Best,
Niamh Brennan
Talent Partner, Liffey Air Services

""" + quote(_c3_thanks, "On Wed, 22 Apr 2026 at 19:40, Aurelio Ferncastle-Diop <aurelio.fd@example.it> wrote:")),
    dict(kind=R, lang="en", name="dockside_lever_closer", company="Dockside Freight", contact="",
         **{"from": "Dockside Freight <no-reply@hire.lever.co>"},
         subject="Your application to Dockside Freight",
         date="2026-02-18 10:03 +0000",
         text="""Hi Aurelio,

Thank you for applying for the Freight Operations Dispatcher role in Dublin. We've reviewed your application carefully and have decided to move forward with candidates whose experience more closely matches what we need right now.

We appreciate your interest and wish you every success.

The Dockside Freight Talent Team"""),
    dict(kind=R, lang="en", name="northwall_one_liner", company="Northwall Parcels",
         contact="conor.walsh@northwall.example.ie",
         **{"from": "Conor Walsh <conor.walsh@northwall.example.ie>"},
         subject="Re: Route planner application",
         date="2026-03-03 08:14 +0000",
         text="""Thanks Aurelio, not one for you this time - we went with someone local who knows the depot. Good luck with it.

Conor

Sent from my phone"""),
    dict(kind=R, lang="en", name="harcourt_client_declined", company="Glasnevin Home Retail",
         contact="siobhan.dunne@harcourt-search.example.ie",
         **{"from": "Siobhan Dunne <siobhan.dunne@harcourt-search.example.ie>"},
         subject="Feedback from Glasnevin Home Retail",
         date="2026-06-23 12:30 +0100",
         text="""Hello Aurelio,

I've just come off a call with the hiring manager at Glasnevin Home Retail. They've decided not to take your application forward for the Inbound Scheduling Lead role; their feedback was that they need someone with SAP EWM hands-on time from day one.

I'm sorry it's not better news. I'll be in touch about the two warehouse roles I mentioned.

Siobhan Dunne
Principal Consultant | Harcourt Supply Chain Search
14 Harcourt Street, Dublin 2 | +353 1 555 0190

This email and any attachments are confidential and intended solely for the addressee."""),
    dict(kind=R, lang="en", name="parcelhop_headcount_frozen", company="Parcelhop", contact="",
         **{"from": "Parcelhop Hiring <no-reply@ashbyhq.com>"},
         subject="Update on the Hub Dispatcher (Munich) role",
         date="2026-09-02 17:05 +0200",
         text="""Hi Aurelio,

We wanted to let you know that, following a change in our expansion plans, the Hub Dispatcher position in Munich has been put on hold and we will not proceed with hiring for it this year. As a result we are closing all open applications, including yours.

Thank you for the time you invested.

Parcelhop People Team""",
         html=ats_card("Parcelhop", "#111827", paras("""Hi Aurelio,

We wanted to let you know that, following a change in our expansion plans, the Hub Dispatcher position in Munich has been put on hold and we will not proceed with hiring for it this year. As a result we are closing all open applications, including yours.

Thank you for the time you invested."""), "Powered by Ashby")),
    dict(kind=R, lang="en", name="alpinefreight_internal_move", company="Alpine Freight Partners",
         contact="m.keller@alpinefreight.example.ch",
         **{"from": "Marco Keller <m.keller@alpinefreight.example.ch>"},
         subject="RE: Dispatcher role Zurich - next steps?",
         date="2026-08-27 09:40 +0200",
         text="""Dear Aurelio,

To answer your question directly: there won't be further steps. A colleague from our Basel branch asked for a transfer and we've given her the dispatcher seat, so the vacancy is gone.

Regards,
Marco Keller
Head of Road Operations, Alpine Freight Partners

""" + outlook("Aurelio Ferncastle-Diop <aurelio.fd@example.it>", "Monday, August 24, 2026 8:02 AM",
              "Marco Keller", "Dispatcher role Zurich - next steps?", """Dear Mr Keller,

I wanted to follow up on the interview we had on 12 August and ask whether there is a timeline for the next steps.

Best regards,
Aurelio Ferncastle-Diop""")),
    dict(kind=R, lang="en", name="portside_teamtailor_html", company="Portside Commerce",
         contact="", cte="base64",
         **{"from": "Portside Commerce <no-reply@teamtailor-mail.com>"},
         subject="About your application: Fulfilment Dispatcher (Barcelona)",
         date="2026-07-15 11:11 +0200",
         html=ats_card("Portside Commerce", "#e4572e", paras("""Hello Aurelio,

Thanks for your interest in Portside Commerce. We've now completed our review for the Fulfilment Dispatcher role and, on this occasion, we've chosen not to progress your application.

Warm wishes from the Poblenou team"""), "Sent via Teamtailor. You can manage your data <a href=\"https://portside.example.es/privacy\">here</a>.")),
    dict(kind=R, lang="en", name="dublinport_icims_formal", company="Dublin Port Cold Chain",
         contact="",
         **{"from": "Dublin Port Cold Chain Careers <careers-noreply@icims.com>"},
         subject="Dublin Port Cold Chain - Requisition 2026-0417",
         date="2026-04-29 06:30 +0100",
         text="""Dear Aurelio Ferncastle-Diop,

Re: Transport Planner (Requisition 2026-0417)

We regret to inform you that you have not been selected for this position. This decision is final for the current requisition.

Yours sincerely,
Human Resources
Dublin Port Cold Chain Ltd, Alexandra Road, Dublin 1

CONFIDENTIALITY: This message is intended only for the named recipient. If you received it in error, please delete it. Dublin Port Cold Chain Ltd is registered in Ireland."""),
    # ---------------------------------------------------------------- French
    dict(kind=R, lang="fr", name="rhenan_after_meeting", company="Rhénan Transports",
         contact="c.oberle@rhenan-transports.example.fr", id="D3", parent="D2",
         **{"from": "Claire Oberlé <c.oberle@rhenan-transports.example.fr>"},
         subject="RE: Entretien affréteur – jeudi 21 mai",
         date="2026-06-02 14:25 +0200",
         text="""Bonjour Monsieur Ferncastle-Diop,

Merci encore de vous être déplacé jusqu'au Port du Rhin. Après réflexion, nous ne donnerons pas suite à votre candidature : le poste exige une pratique courante de l'alsacien avec nos transporteurs locaux, ce que nous n'avions pas assez souligné dans l'annonce.

Je vous souhaite bonne continuation.

Claire Oberlé
Responsable RH – Rhénan Transports
12 rue du Bassin d'Austerlitz, 67100 Strasbourg
03 88 55 01 23

""" + quote(_d2_quoted, "Le 14 mai 2026 à 09:12, Claire Oberlé <c.oberle@rhenan-transports.example.fr> a écrit :")),
    dict(kind=R, lang="fr", name="entzheim_taleo_formal", company="Entzheim Assistance Sol",
         contact="", charset="iso-8859-1", hdr_cs="iso-8859-1", subj_enc=True,
         **{"from": "Entzheim Assistance Sol <noreply@taleo.net>"},
         subject="Votre candidature : Coordinateur escale (réf. 4471)",
         date="2026-03-17 10:00 +0100",
         text="""Madame, Monsieur,

Nous avons bien étudié votre dossier pour le poste de Coordinateur escale (réf. 4471).

Nous sommes au regret de vous informer que votre profil n'a pas été retenu pour la suite du processus de sélection.

Nous vous remercions de l'intérêt porté à notre société et vous prions d'agréer nos salutations distinguées.

Le service Recrutement
Entzheim Assistance Sol"""),
    dict(kind=R, lang="fr", name="cathedrale_interim_client_no", company="Messagerie de l'Ill",
         contact="julie.schaeffer@cathedrale-interim.example.fr",
         **{"from": "Julie Schaeffer <julie.schaeffer@cathedrale-interim.example.fr>"},
         subject="Mission Messagerie de l'Ill",
         date="2026-05-26 17:02 +0200",
         text="""Bonjour Aurelio,

Je reviens vers vous concernant la mission d'agent d'exploitation chez Messagerie de l'Ill. Le client a finalement choisi un autre intérimaire, déjà formé sur leur logiciel de tournées.

Je garde votre dossier actif et je vous appelle dès qu'une mission équivalente se présente.

Julie Schaeffer
Chargée de recrutement – Cathédrale Intérim
4 place Gutenberg, 67000 Strasbourg – 03 88 55 44 10"""),
    dict(kind=R, lang="fr", name="kleber_recruitee", company="Maison Kléber Distribution",
         contact="", charset="windows-1252", cte="quoted-printable",
         **{"from": "Maison Kléber Distribution <no-reply@jobs.recruitee.com>"},
         subject="Maison Kléber Distribution – suite donnée à votre candidature",
         date="2026-08-05 09:48 +0200",
         text="""Bonjour Aurelio,

Merci pour votre candidature au poste de « Planificateur transport – entrepôt de Hautepierre ».

Nous avons reçu de nombreux profils et avons retenu des candidats dont le parcours correspond davantage aux besoins immédiats de l’équipe. Ce choix n’enlève rien à la qualité de votre dossier.

Belle continuation,
L’équipe Talents – Maison Kléber Distribution"""),
    # ---------------------------------------------------------------- Spanish
    dict(kind=R, lang="es", name="ronda_human", company="Paquetería Ronda",
         contact="nuria.puig@paqueteria-ronda.example.es",
         **{"from": "Núria Puig <nuria.puig@paqueteria-ronda.example.es>"},
         subject="Re: Candidatura coordinador de rutas",
         date="2026-04-14 13:37 +0200",
         text="""Hola Aurelio:

Gracias por venir el martes. Al final nos quedamos con otra persona que ya conocía el reparto en la Zona Franca, así que no seguimos contigo en este proceso.

Un saludo,
Núria Puig
Jefa de tráfico · Paquetería Ronda
C/ Pere IV 210, 08005 Barcelona · 93 555 21 40"""),
    dict(kind=R, lang="es", name="prat_smartrecruiters", company="El Prat Handling Serveis",
         contact="", cte="base64",
         **{"from": "El Prat Handling Serveis <noreply@smartrecruiters.com>"},
         subject="Tu candidatura a Coordinador/a de operaciones de rampa",
         date="2026-06-30 08:20 +0200",
         text="""Estimado Aurelio:

Te agradecemos el interés mostrado en El Prat Handling Serveis. Tras valorar todas las candidaturas, lamentamos comunicarte que en esta ocasión no continuarás en el proceso de selección.

Guardaremos tus datos durante doce meses por si surgiera una vacante adecuada.

Atentamente,
Equipo de Selección"""),
    dict(kind=R, lang="es", name="eixample_ett_client", company="Frigoríficos Zona Franca",
         contact="marc.soler@eixample-temporal.example.es",
         **{"from": "Marc Soler <marc.soler@eixample-temporal.example.es>"},
         subject="Respuesta de Frigoríficos Zona Franca",
         date="2026-09-10 18:05 +0200",
         text="""Buenas tardes, Aurelio:

Te escribo porque Frigoríficos Zona Franca me ha confirmado que no van a contar contigo para el puesto de planificador de cámaras. Prefieren a alguien con carné de carretillero en vigor.

Sigo moviendo tu perfil con otras empresas del polígono; te llamo en cuanto tenga algo.

Marc Soler
Consultor · Eixample Temporal ETT
Gran Via 612, 08007 Barcelona"""),
    dict(kind=R, lang="es", name="gracia_position_not_filled", company="Almacenes Gràcia",
         contact="", charset="iso-8859-1", hdr_cs="iso-8859-1",
         **{"from": "Almacenes Gràcia <notifications@bamboohr.com>"},
         subject="Almacenes Gràcia: actualización del proceso de selección",
         date="2026-10-01 12:00 +0200",
         text="""Hola Aurelio:

Queremos informarte de que hemos decidido no cubrir finalmente la vacante de Responsable de expediciones. Por este motivo cerramos el proceso y tu candidatura no seguirá adelante.

Gracias por tu tiempo y mucha suerte.

Recursos Humanos
Almacenes Gràcia"""),
]
