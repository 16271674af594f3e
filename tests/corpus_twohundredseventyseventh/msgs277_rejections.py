"""Corpus 277: rejections, written by hand (one dict per message, no two with the same wording)."""

from __future__ import annotations

from msgs277_common import (
    ME_ADDR,
    ats_card,
    mso,
    outlook_block,
    outlook_html,
    paras,
    plain_html,
    quote,
    wrote,
)
from msgs277_invites import KAE_INVITE
from msgs277_other import AK_STATUS, BM_THANKS, BW_THANKS, CB_OWN

ISAR_REJECT = """Hallo Henrike,

vielen Dank für Ihr Interesse an Isarpeak und für die Zeit, die Sie in Ihre Bewerbung als Brand Marketing Manager DACH (R-10482) investiert haben.

Wir haben alle eingegangenen Unterlagen sorgfältig geprüft. Nach eingehender Abwägung haben wir entschieden, Ihre Bewerbung für diese Position nicht weiter zu berücksichtigen.

Ihr Profil bleibt – sofern Sie nicht widersprechen – zwölf Monate in unserem Talentpool gespeichert. Neue Stellen finden Sie jederzeit in unserem Karriereportal.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Ihr Talent Acquisition Team
Isarpeak Outdoor GmbH · Landsberger Straße 301 · 80687 München"""

BW_REJECT = """Liebe Frau Adjei-Sommer,

herzlichen Dank für Ihre freundlichen Zeilen – die Freude am Gespräch war ganz auf unserer Seite, und Ihre Ideen zur Nordkette-Kampagne haben im Team noch länger für Gesprächsstoff gesorgt.

Umso schwerer fällt mir diese Nachricht: Wir haben uns nach zwei Gesprächsrunden für eine Kandidatin entschieden, die bereits mehrere Jahre Redaktionserfahrung in einem Tourismusverband mitbringt. Für die Stelle als Content & Social Media Managerin können wir Ihnen daher leider keine Zusage geben.

Ich hoffe sehr, dass sich unsere Wege wieder kreuzen – gerade für die Kommunikation in der Wintersaison wäre Ihr Hintergrund als Skilehrerin Gold wert.

Mit besten Grüßen aus der Maria-Theresien-Straße
Verena Stolz
Leitung Marketing & Kommunikation
Innsbrucker Bergwelt Tourismus
Maria-Theresien-Straße 18 | 6020 Innsbruck
T +43 512 59 850 214"""

ZAHMER_KAISER = """Sehr geehrte Frau Adjei-Sommer,

vielen Dank für Ihre Bewerbung als Marketing Coordinator (m/w/d) und das damit verbundene Interesse am Ferienland Zahmer Kaiser.

Wir haben uns die Auswahl nicht leicht gemacht. Letztlich haben wir uns jedoch für Bewerberinnen und Bewerber entschieden, deren Profil den Anforderungen der Stelle noch genauer entspricht – insbesondere im Bereich Budgetverantwortung und Mediaplanung.

Ihre Unterlagen werden gemäß unseren Datenschutzbestimmungen nach sechs Monaten gelöscht. Gerne können Sie sich über unser Karriereportal erneut bewerben, wenn eine passende Position ausgeschrieben ist.

Für Ihren weiteren Weg wünschen wir Ihnen viel Erfolg.

Freundliche Grüße
Ihr Team Personal – Ferienland Zahmer Kaiser"""

UETLIBERG = """Sehr geehrte Frau Adjei-Sommer

Wir danken Ihnen für Ihre Bewerbung als Marketing & Communications Specialist (80 %) und für das Vertrauen, das Sie uns damit entgegenbringen.

Nach sorgfältiger Prüfung Ihres Dossiers müssen wir Ihnen mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Für diese Position setzen wir fundierte Kenntnisse des Schweizer Hotelmarkts sowie Schweizerdeutsch auf muttersprachlichem Niveau voraus.

Ihre Unterlagen behandeln wir gemäss dem Schweizer Datenschutzgesetz vertraulich und löschen sie nach Abschluss des Verfahrens.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüsse
Uetliberg Hospitality AG
Human Resources"""

BW2_REJECT = """Hallo Henrike,

danke für deine Rückmeldung und die Erklärung zum Zoom-Termin – und dafür, dass du die Präsentation noch nachgereicht und wir sie am Montag doch noch gemeinsam durchgehen konnten.

Wir haben uns deine Idee in Ruhe angesehen. Sie hat uns gefallen, aber in der Gesamtschau passt ein anderes Profil besser zu dem, was das Team gerade braucht: jemand mit Agenturerfahrung, der sofort eigene Kunden übernehmen kann. Deshalb müssen wir dir für die Stelle als Junior Beraterin leider absagen.

Ich wünsche dir für deinen Weg ins Marketing alles Gute – du wirst das Richtige finden.

Viele Grüße
Korbinian"""

BW2_DISCLAIMER = """Korbinian Wimmer | Senior Berater Tourismus
Werbeagentur Blauweiss GmbH | Schellingstraße 109 | 80798 München
Geschäftsführung: Maximilian Huber, Dr. Eva Brandl | Amtsgericht München HRB 219447 | USt-IdNr. DE 812 334 905

Diese E-Mail enthält vertrauliche Informationen und ist ausschließlich für den Adressaten bestimmt. Sollten Sie diese E-Mail irrtümlich erhalten haben, informieren Sie bitte den Absender und löschen Sie die Nachricht. Jede unbefugte Weitergabe oder Vervielfältigung ist untersagt."""

GW_REJECT = """Sehr geehrte Frau Adjei-Sommer,

vielen Dank für Ihre Präsentation am 1. September. Ihr Konzept für die Sommerbahn war durchdacht, und Lukas hat besonders Ihre Idee mit den Bergführer-Porträts hervorgehoben.

Nach ausführlicher Abwägung haben wir uns dennoch für einen Mitbewerber entschieden, der schon mehrere Jahre Agenturerfahrung mit italienischsprachigen Kunden mitbringt. Gerade bei unseren Kunden im Trentino ist das im Moment entscheidend.

Ein Feedback zum Mitnehmen: Ihr Auftritt war überzeugend, bei der Budgetplanung würden wir uns für eine Agenturrolle mehr Tiefe wünschen. Vielleicht hilft Ihnen das für die nächsten Gespräche.

Wir wünschen Ihnen alles Gute und würden uns freuen, in Kontakt zu bleiben.

Freundliche Grüße aus Bozen
Matthias Unterhofer
Head of Client Services
Südtiroler Gipfelwerk Marketing GmbH"""

SS_REJECT = """Hi Henrike,

Thank you for speaking with me last week, and for your patience in getting the call arranged.

We've now completed the first round of conversations. We had a very strong field for this role, and after a lot of discussion we've chosen to progress applicants whose experience in UK-market paid social is more directly aligned with what the team needs right now. This means we won't be taking your application further.

I genuinely enjoyed hearing about your work with the ski school and I hope our paths cross again – we often hire for seasonal programme roles in the autumn.

All the best,
Lucy Barnes
Talent Partner, Summit & Sea Travel"""

AE_REJECT = """Dear Henrike,

Thank you for applying for the Content Marketing Manager (Ski & Snow) position and for the time you invested in your application.

Having reviewed all applications against the criteria for this role, we regret to inform you that you have not been shortlisted for interview on this occasion.

We will keep your details on file for six months and may contact you should a suitable vacancy arise.

Kind regards,
Recruitment Team
Alpine Escapes UK"""

GL_REJECT = """Dear Henrike,

Thank you for applying for the Marketing Coordinator – Alpine Collection position (Req #2026-1187). We appreciate the interest you have shown in building a career with Glacier Lane Hotels.

We have now reviewed your application carefully. Unfortunately, we will not be moving forward with your candidacy for this position.

We encourage you to continue to explore opportunities with us and to join our talent community so that we can let you know about future roles in our Alpine Collection.

Sincerely,
Talent Acquisition
Glacier Lane Hotels"""

OT_INTERNAL = """Madame Adjei-Sommer,

Je reviens vers vous comme promis au sujet du poste de chargé(e) de promotion marchés germanophones.

Entre-temps, la situation a évolué : une collaboratrice de notre bureau d'accueil des Houches, germanophone et en poste depuis six ans, a demandé une mobilité interne sur ce poste. La direction a validé sa candidature et le recrutement externe est donc clos. L'entretien que nous devions reprogrammer n'aura par conséquent pas lieu.

Je suis sincèrement désolée pour ce dénouement, d'autant que votre profil avait retenu toute notre attention. Je me permets de conserver votre dossier pour nos futurs besoins, notamment pour la saison d'hiver.

Bien cordialement,
Sophie Balmat
Directrice marketing
Office de Tourisme de la Vallée Blanche"""

AC_REJECT = """Madame Adjei-Sommer,

Nous avons bien étudié votre candidature au poste de Chef de projet marketing - clientèle tourisme (réf. CM-2026-044) et vous remercions de l'intérêt que vous portez à notre agence.

Nous sommes au regret de vous informer que nous ne sommes pas en mesure de donner une suite favorable à votre candidature. Ce choix ne remet pas en cause vos qualités personnelles et professionnelles.

Nous conservons votre dossier dans notre base de données pendant une durée de deux ans, sauf opposition de votre part.

Nous vous souhaitons pleine réussite dans vos recherches.

Le service Recrutement
Agence Cordée Marketing"""

PA_REJECT = """Hola Henrike:

Queremos agradecerte el tiempo y el interés que has dedicado a tu candidatura para el puesto de Especialista en Marketing Digital.

Hemos recibido muchas solicitudes con perfiles muy interesantes. Tras valorarlas todas, hemos decidido seguir el proceso con personas cuya trayectoria en campañas de pago y analítica web se ajusta más a lo que necesitamos en este momento.

Guardaremos tus datos durante un año por si surge otra oportunidad que encaje contigo.

¡Mucha suerte!
Equipo de Personas – Pirineu Aventura"""

MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ German
    {
        "slug": "isarpeak_workday_nicht_beruecksichtigt", "kind": "rejection", "lang": "de",
        "company": "Isarpeak Outdoor", "contact": "",
        "frm": ("Isarpeak Outdoor Recruiting", "isarpeak@myworkday.com"),
        "subject": "Ihre Bewerbung: Brand Marketing Manager DACH (R-10482)",
        "date": "2026-04-08 05:40 -0700",
        "text": ISAR_REJECT,
        "html": ats_card("Isarpeak Outdoor", "#0e6251", paras(ISAR_REJECT),
                      "Diese Nachricht wurde über Workday versendet. Bitte antworten Sie nicht auf diese E-Mail."),
        "cte": "qp",
        "hdr": [("Auto-Submitted", "auto-generated")],
        "irt": "isar_ack",
    },
    {
        "slug": "bergwelt_absage_nach_gespraech_outlook", "kind": "rejection", "lang": "de",
        "company": "Innsbrucker Bergwelt Tourismus", "contact": "verena.stolz@bergwelt-ibk.example.at",
        "frm": ("Stolz Verena", "verena.stolz@bergwelt-ibk.example.at"),
        "subject": "AW: Danke für das Gespräch am Dienstag",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-02-26 12:18 +0100",
        "text": BW_REJECT + "\n\n" + outlook_block(
            "de", "Henrike Adjei-Sommer <henrike.as@example.at>", "Dienstag, 17. Februar 2026 18:40",
            "Stolz Verena <verena.stolz@bergwelt-ibk.example.at>", "Danke für das Gespräch am Dienstag")
        + "\n\n" + BW_THANKS,
        "html": outlook_html(mso(BW_REJECT) + '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                          + mso(outlook_block("de", "Henrike Adjei-Sommer <henrike.as@example.at>",
                                              "Dienstag, 17. Februar 2026 18:40",
                                              "Stolz Verena <verena.stolz@bergwelt-ibk.example.at>",
                                              "Danke für das Gespräch am Dienstag")) + "\n</div>\n" + mso(BW_THANKS)),
        "cs": "windows-1252", "cte": "qp",
        "hdr": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Danke fuer das Gespraech am Dienstag")],
        "irt": "bw_thanks",
    },
    {
        "slug": "zirbenhof_anderweitig_vergeben_knapp", "kind": "rejection", "lang": "de",
        "company": "Hotel Zirbenhof", "contact": "sepp@zirbenhof.example.at",
        "frm": ("Josef Hechl", "sepp@zirbenhof.example.at"),
        "subject": "Re: Probearbeitstag heute",
        "date": "2026-03-30 19:02 +0200",
        "text": """Servus Frau Adjei-Sommer,

danke für Ihre Nachricht und die Erklärung. Die Stelle haben wir inzwischen anderweitig vergeben.

Alles Gute weiterhin
J. Hechl""",
        "cs": "iso-8859-1", "cte": "qp",
        "irt": "zb_missed",
    },
    {
        "slug": "bergmann_partner_kapuzinerberg_absage_weitergeleitet", "kind": "rejection", "lang": "de",
        "company": "Hotel Kapuzinerberg", "contact": "stefanie.mair@bergmann-personal.example.at",
        "frm": ("Stefanie Mair", "stefanie.mair@bergmann-personal.example.at"),
        "subject": "Rückmeldung Hotel Kapuzinerberg",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-03-11 17:46 +0100",
        "text": """Liebe Frau Adjei-Sommer,

ich habe heute die Rückmeldung vom Hotel Kapuzinerberg bekommen, und leider ist es keine gute: Die Direktion hat sich für eine andere Kandidatin entschieden, die in einem Salzburger Stadthotel bereits das Marketing verantwortet hat. Ich leite Ihnen den relevanten Teil der Nachricht von Frau Mag. Wörndl weiter:

„Frau Adjei-Sommer war sympathisch und hat mit ihrer Begeisterung überzeugt. Für die Neupositionierung brauchen wir aber jemanden, der vom ersten Tag an die Relaunch-Agentur steuern kann. Bitte richten Sie ihr unseren Dank und unsere besten Wünsche aus."

Ich weiß, das ist enttäuschend – nach dem verschobenen Termin umso mehr. Ich bleibe dran: Zwei neue Mandate in der Hotellerie kommen in den nächsten Wochen herein, und ich denke dabei an Sie.

Herzliche Grüße
Stefanie Mair
Senior Consultant Tourismus & Freizeit
Bergmann & Partner Personalberatung GmbH""",
        "cte": "qp",
        "irt": "bp_kapu_move",
    },
    {
        "slug": "zahmer_kaiser_softgarden_genauer_entspricht", "kind": "rejection", "lang": "de",
        "company": "Ferienland Zahmer Kaiser", "contact": "",
        "frm": ("Ferienland Zahmer Kaiser via softgarden", "noreply@softgarden.io"),
        "subject": "Ihre Bewerbung als Marketing Coordinator (m/w/d)",
        "date": "2026-01-30 10:12 +0100",
        "html": ats_card("Ferienland Zahmer Kaiser", "#7d6608", paras(ZAHMER_KAISER),
                      "Diese E-Mail wurde über softgarden versendet. Antworten auf diese Adresse werden nicht gelesen."),
        "cte": "b64",
        "hdr": [("Auto-Submitted", "auto-generated")],
    },
    {
        "slug": "rittner_stelle_vorerst_nicht_besetzt", "kind": "rejection", "lang": "de",
        "company": "Rittner Höhenhotels", "contact": "j.ebner@ritten-hotels.example.it",
        "frm": ("Ebner, Judith", "j.ebner@ritten-hotels.example.it"),
        "subject": "Stelle Marketing & Sales Coordinator - Information",
        "date": "2026-05-12 14:55 +0200",
        "text": """Sehr geehrte Frau Adjei-Sommer,

danke für Ihren Rückruf und die Erklärung zum verpassten Telefonat – das kann passieren.

Heute muss ich Ihnen allerdings eine andere Nachricht überbringen: Die Eigentümerfamilie hat entschieden, die Stelle Marketing & Sales Coordinator vorerst nicht zu besetzen. Wegen der geplanten Renovierung des Stammhauses übernimmt die Direktion das Marketing in der kommenden Saison selbst. Das Auswahlverfahren ist damit für alle Bewerberinnen und Bewerber beendet.

Wir bedauern das sehr und danken Ihnen für Ihre Geduld. Sollte die Stelle 2027 neu ausgeschrieben werden, würden wir uns über eine erneute Bewerbung freuen.

Mit freundlichen Grüßen
Judith Ebner
Personalbüro
Rittner Höhenhotels
Dorfstraße 22 · I-39054 Klobenstein/Ritten (BZ)""",
        "cs": "windows-1252", "cte": "8bit",
        "hdr": [("X-Mailer", "Microsoft Outlook 16.0")],
        "irt": "rh_missed",
    },
    {
        "slug": "uetliberg_successfactors_absage", "kind": "rejection", "lang": "de",
        "company": "Uetliberg Hospitality", "contact": "",
        "frm": ("Uetliberg Hospitality Recruiting", "noreply@successfactors.eu"),
        "subject": "Ihre Bewerbung als Marketing & Communications Specialist",
        "date": "2026-05-28 07:31 +0200",
        "text": UETLIBERG,
        "html": ats_card("Uetliberg Hospitality", "#943126", paras(UETLIBERG),
                      "Automatisch generierte Nachricht – bitte nicht antworten."),
        "cte": "qp",
        "hdr": [("Auto-Submitted", "auto-generated")],
    },
    {
        "slug": "nordwand_intern_besetzt", "kind": "rejection", "lang": "de",
        "company": "Nordwand Seilbahnen", "contact": "lukas.pfurtscheller@nordwand-seilbahnen.example.at",
        "frm": ("Lukas Pfurtscheller", "lukas.pfurtscheller@nordwand-seilbahnen.example.at"),
        "subject": "Junior Marketing Manager – Entscheidung",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-08-19 16:12 +0200",
        "text": """Hallo Frau Adjei-Sommer,

ich möchte mich persönlich bei Ihnen melden, bevor Sie es über das System erfahren: Wir haben die Stelle als Junior Marketing Manager mit einer internen Kollegin besetzt. Sie arbeitet seit drei Jahren bei uns an der Kassa und im Eventbereich und hat sich parallel beworben – am Ende hat ihre Kenntnis unserer Abläufe den Ausschlag gegeben.

Das Gespräch mit Ihnen war wirklich gut, und das sage ich nicht aus Höflichkeit. Ich würde Sie gerne im Hinterkopf behalten, wenn wir im Frühjahr die Sommerkampagne personell aufstocken.

Alles Gute bis dahin
Lukas Pfurtscheller
Leitung Marketing
Nordwand Seilbahnen""",
        "cte": "8bit",
        "irt": "nw_shift",
    },
    {
        "slug": "steinbock_wird_leider_nix", "kind": "rejection", "lang": "de",
        "company": "Steinbock Outdoor", "contact": "lena.gapp@steinbock-outdoor.example.at",
        "frm": ("Lena Gapp via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Lena Gapp", "lena.gapp@steinbock-outdoor.example.at"),
        "subject": "Update zu deiner Bewerbung bei Steinbock",
        "date": "2026-05-13 13:20 +0200",
        "text": """Hey Henrike,

danke nochmal, dass wir den Call am Montag nachholen konnten – hat Spaß gemacht, mit dir zu quatschen!

Ich will ehrlich sein: Wir gehen mit der Content-Creator-Stelle in eine andere Richtung und nehmen jemanden mit starkem Videoschnitt-Background. Heißt: Für dich wird's diesmal nix. Tut mir echt leid, ich hätte dich gern im Team gehabt.

Bleib uns gewogen – und falls du mal Lust auf einen Gastbeitrag für unseren Blog hast, melde dich!

Lena""",
        "cte": "qp",
        "irt": "sb_missed",
    },
    {
        "slug": "kitz_events_absage_lange_kette", "kind": "rejection", "lang": "de",
        "company": "Kitz Alpine Events", "contact": "nina@kitz-events.example.at",
        "frm": ("Nina Aufschnaiter", "nina@kitz-events.example.at"),
        "subject": "Re: Kennenlernen am 9. September?",
        "date": "2026-09-18 10:44 +0200",
        "text": """Liebe Henrike,

ich hab's dir am Telefon ja schon angedeutet, aber hier nochmal offiziell: Hannes und ich haben lange hin und her überlegt und uns am Ende für jemanden entschieden, der schon mehrere Großevents organisiert hat. Es lag wirklich nicht an dir – das Treffen mit dir war super!

Wenn du magst, behalten wir deine Nummer für Freelance-Projekte im Winter, etwa rund um die Rennwochenenden im Jänner.

Ganz liebe Grüße
Nina

""" + wrote("de", "Do., 3. Sept. 2026 um 21:47", "Henrike Adjei-Sommer", ME_ADDR) + "\n" + quote(
            """Liebe Nina,

vielen Dank für die nette Einladung! Mittwoch um 15 Uhr passt mir perfekt, ich freu mich aufs Treffen mit euch beiden. Ein paar Ideen bringe ich gerne mit – eine davon hat mit Nachtskifahren und Live-Musik zu tun.

Liebe Grüße
Henrike

""" + wrote("de", "Di., 1. Sept. 2026 um 12:12", "Nina Aufschnaiter", "nina@kitz-events.example.at")
            + "\n" + quote(KAE_INVITE)),
        "cte": "8bit",
        "irt": "kae_inv",
    },
    {
        "slug": "blauweiss_absage_html_disclaimer", "kind": "rejection", "lang": "de",
        "company": "Werbeagentur Blauweiss", "contact": "korbinian.wimmer@blauweiss-agentur.example.de",
        "frm": ("Korbinian Wimmer", "korbinian.wimmer@blauweiss-agentur.example.de"),
        "subject": "Deine Bewerbung bei Blauweiss",
        "date": "2026-07-01 15:05 +0200",
        "html": plain_html(paras(BW2_REJECT) + '\n<hr style="border:none;border-top:1px solid #ddd">\n'
                        + '<div style="font-size:11px;color:#777">' + paras(BW2_DISCLAIMER) + "</div>"),
        "cte": "qp",
        "irt": "bw2_missed",
    },
    {
        "slug": "alpine_talent_mandant_setzt_ohne_sie_fort", "kind": "rejection", "lang": "de",
        "company": "Alpine Talent Consulting", "contact": "c.auer@alpinetalent.example.at",
        "frm": ("Mag. Clemens Auer", "c.auer@alpinetalent.example.at"),
        "subject": "Rückmeldung zum Mandat Stadthotel Salzburg",
        "subj_enc": ("iso-8859-1", "B"),
        "date": "2026-03-31 09:15 +0200",
        "text": """Sehr geehrte Frau Adjei-Sommer,

danke nochmals für das ausführliche Telefonat in der Vorwoche. Wie versprochen melde ich mich mit der Rückmeldung meines Mandanten.

Der Kunde hat nach Durchsicht der Kurzprofile beschlossen, das Verfahren mit drei anderen Kandidatinnen und Kandidaten fortzusetzen; Ihr Profil wird dabei nicht weiterverfolgt. Ausschlaggebend war nach seinen Worten die fehlende Erfahrung in der Führung eines kleinen Teams.

Ich halte Sie gerne für künftige Mandate in Evidenz - Ihr Profil ist für Destinationen und Bergbahnen nach wie vor sehr interessant.

Freundliche Grüße
Mag. Clemens Auer
Alpine Talent Consulting""",
        "cs": "iso-8859-1", "cte": "qp",
        "irt": "atc_missed",
    },
    {
        "slug": "achenkamm_absage_auf_nachfrage", "kind": "rejection", "lang": "de",
        "company": "Ferienregion Achenkamm", "contact": "t.wechselberger@achenkamm.example.at",
        "frm": ("Thomas Wechselberger", "t.wechselberger@achenkamm.example.at"),
        "subject": "Re: Bewerbung Marketing & Kommunikation – Henrike Adjei-Sommer",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-09-21 18:20 +0200",
        "text": """Liebe Frau Adjei-Sommer,

entschuldigen Sie bitte, dass Sie nachfragen mussten – die Sommersaison hat uns alle ziemlich in Beschlag genommen.

Wir haben inzwischen mit vier Bewerberinnen und Bewerbern gesprochen und uns für jemanden aus der Region entschieden, der den Verband und die Betriebe schon lange kennt. Ihnen kann ich deshalb leider keine positive Nachricht geben.

Ich wünsche Ihnen alles Gute für die Suche – mit Ihrer Erfahrung finden Sie bestimmt bald das Passende.

Viele Grüße
Thomas Wechselberger
Geschäftsführer
Ferienregion Achenkamm

""" + wrote("de", "Di., 15. Sept. 2026 um 08:30", "Henrike Adjei-Sommer", ME_ADDR) + "\n" + quote(AK_STATUS),
        "cte": "8bit",
        "irt": "ak_status",
    },
    {
        "slug": "gipfelwerk_absage_mit_feedback", "kind": "rejection", "lang": "de",
        "company": "Südtiroler Gipfelwerk Marketing", "contact": "m.unterhofer@gipfelwerk.example.it",
        "frm": ("Matthias Unterhofer", "m.unterhofer@gipfelwerk.example.it"),
        "subject": "Ihre Bewerbung bei Südtiroler Gipfelwerk",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-09-07 11:03 +0200",
        "text": GW_REJECT,
        "html": outlook_html(mso(GW_REJECT)),
        "cs": "windows-1252", "cte": "qp",
        "hdr": [("X-Mailer", "Microsoft Outlook 16.0")],
        "irt": "gw_cancel",
    },
    {
        "slug": "sonnwendjoch_kein_vorstellungsgespraech", "kind": "rejection", "lang": "de",
        "company": "Hotel Sonnwendjoch", "contact": "c.hoerhager@sonnwendjoch-hotel.example.at",
        "frm": ("Christine Hörhager", "c.hoerhager@sonnwendjoch-hotel.example.at"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Ihre Bewerbung als Marketing-Assistentin",
        "date": "2026-10-14 20:40 +0200",
        "text": """Sehr geehrte Frau Adjei-Sommer,

danke für Ihre Bewerbung und Ihr Interesse an unserem Haus. Ich habe Ihre Unterlagen mit großem Interesse gelesen.

Für die Teilzeitstelle suchen wir allerdings jemanden, der auch an der Rezeption einspringen kann und ganzjährig bei uns am See wohnt. Da Sie im Winter selbst unterrichten, passt das zeitlich leider nicht zusammen. Wir werden Sie daher nicht zu einem Vorstellungsgespräch einladen.

Ich wünsche Ihnen trotzdem viel Glück und freue mich, wenn Sie einmal als Gast bei uns vorbeischauen.

Freundliche Grüße
Christine Hörhager
Hotel Sonnwendjoch, Achenkirch""",
        "cs": "iso-8859-1", "cte": "8bit",
        "irt": "sh_ack",
    },
    # ------------------------------------------------------------------ English
    {
        "slug": "summitsea_greenhouse_not_progressing", "kind": "rejection", "lang": "en",
        "company": "Summit & Sea Travel", "contact": "lucy.barnes@summitsea.example.co.uk",
        "frm": ("Lucy Barnes via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "reply_to": ("Lucy Barnes", "lucy.barnes@summitsea.example.co.uk"),
        "subject": "Your application to Summit & Sea Travel",
        "date": "2026-03-27 15:48 +0000",
        "text": SS_REJECT,
        "html": ats_card("Summit & Sea Travel", "#0f6e8c", paras(SS_REJECT), "Sent via Greenhouse.", lang="en"),
        "cte": "qp",
        "irt": "ss_retry",
    },
    {
        "slug": "peakline_role_frozen", "kind": "rejection", "lang": "en",
        "company": "Peakline Agency", "contact": "hannah.okafor@peakline.example.co.uk",
        "frm": ("Hannah Okafor", "hannah.okafor@peakline.example.co.uk"),
        "subject": "Account Manager role – an update",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-03-18 11:09 +0000",
        "text": """Hi Henrike,

I wanted to let you know personally, rather than leave you waiting. Yesterday our leadership team decided to freeze recruitment for the Account Manager – Travel & Outdoor position after one of our largest travel clients moved their account in-house. Without that work, we don't have the budget to add to the team this year.

That means we are closing the process for all candidates, including you. I'm really sorry – the panel spoke highly of you, and this has nothing to do with how your interview went.

If the position reopens, you'll be the first person I call.

Best wishes,
Hannah

Hannah Okafor | Talent & Culture Lead | Peakline Agency""",
        "cte": "qp",
        "irt": "pk_update",
    },
    {
        "slug": "alpine_escapes_ashby_not_shortlisted", "kind": "rejection", "lang": "en",
        "company": "Alpine Escapes UK", "contact": "",
        "frm": ("Alpine Escapes UK", "no-reply@ashbyhq.com"),
        "subject": "Update on your Alpine Escapes application",
        "date": "2026-02-13 16:00 +0000",
        "text": AE_REJECT,
        "html": ats_card("Alpine Escapes UK", "#3b3f8f", paras(AE_REJECT), "Sent via Ashby.", lang="en"),
        "cte": "b64",
        "hdr": [("Auto-Submitted", "auto-generated")],
        "irt": "ae_ack",
    },
    {
        "slug": "harrow_fjellrun_feedback_no", "kind": "rejection", "lang": "en",
        "company": "Fjellrun Outdoor", "contact": "priya.raman@harrowtalent.example.co.uk",
        "frm": ("Priya Raman", "priya.raman@harrowtalent.example.co.uk"),
        "subject": "Fjellrun feedback",
        "date": "2026-04-29 17:22 +0100",
        "text": """Hi Henrike,

I've had feedback from Fjellrun following your rescheduled interview on Friday, and I'm afraid it's a no this time.

I've attached Erik's email so you can read it yourself. In his words: "Henrike clearly knows the mountains and our customers, but we need someone who has already run brand partnerships end to end – we'd be asking her to learn too much on the job." They also mentioned that the missed first call didn't help, though it wasn't the deciding factor.

I know that's frustrating. For what it's worth, I think the feedback is useful for positioning you with the next client – let's talk about how we frame your ski-school partnership work. Are you around on Thursday?

Best,
Priya""",
        "cte": "qp",
        "attach_eml": {
            "slug": "fjellrun_feedback_inner",
            "frm": ("Erik Lindqvist", "erik.lindqvist@fjellrun.example.co.uk"),
            "to": [("Priya Raman", "priya.raman@harrowtalent.example.co.uk")],
            "cc": [("Grace Holloway", "grace.holloway@fjellrun.example.co.uk")],
            "subject": "Henrike Adjei-Sommer – feedback",
            "subj_enc": ("utf-8", "Q", "mixed"),
            "date": "2026-04-29 15:02 +0100",
            "text": """Hi Priya,

Thanks for arranging Friday's interview at such short notice. Henrike clearly knows the mountains and our customers, but we need someone who has already run brand partnerships end to end – we'd be asking her to learn too much on the job. So we won't be taking her forward this time.

The missed call on the 21st didn't help, though it wasn't the deciding factor. Please pass on our thanks.

Best,
Erik

Erik Lindqvist
Head of Marketing UK, Fjellrun Outdoor
Shoreditch, London""",
            "cte": "qp",
        },
        "irt": "hr_fjell_missed",
    },
    {
        "slug": "mont_blanc_guiding_terse_no", "kind": "rejection", "lang": "en",
        "company": "Mont Blanc Guiding", "contact": "dave@montblancguiding.example.fr",
        "frm": ("Dave Ellison", "dave@montblancguiding.example.fr"),
        "subject": "Re: Marketing & bookings role",
        "date": "2026-04-10 21:58 +0200",
        "text": """Hi Henrike,

Sorry - we went with someone local who already speaks to half our clients. Thanks for applying and good luck.

Dave

Sent from my phone""",
    },
    {
        "slug": "brightpeak_no_quoting_thank_you", "kind": "rejection", "lang": "en",
        "company": "Brightpeak Media", "contact": "ollie@brightpeak.example.co.uk",
        "frm": ("Ollie Grant", "ollie@brightpeak.example.co.uk"),
        "subject": "Re: Thanks for the chat today",
        "date": "2026-05-15 12:31 +0100",
        "text": """Hi Henrike,

Thanks for your lovely note – and sorry it's taken me a week to reply.

I've had to make a tough call on this one. We've decided to offer the role to someone who's been freelancing for us for the past year and already knows our style inside out. It wasn't an easy decision, and I'd genuinely like to keep the door open: if you ever want to pitch that ski-school feature as a freelancer, I'd read it.

Wishing you lots of luck,
Ollie

""" + wrote("en", "Fri, 8 May 2026 at 14:10", "Henrike Adjei-Sommer", ME_ADDR) + "\n" + quote(BM_THANKS),
        "cte": "qp",
        "irt": "bm_thanks",
    },
    {
        "slug": "cairn_casual_not_this_time", "kind": "rejection", "lang": "en",
        "company": "Cairn Communications", "contact": "rosie@cairncomms.example.co.uk",
        "frm": ("Cairn Communications", "no-reply@teamtailor-mail.com"),
        "reply_to": ("Rosie Tait", "rosie@cairncomms.example.co.uk"),
        "subject": "Cairn x Henrike – where we've landed",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-10-07 16:40 +0100",
        "text": """Hey Henrike,

Rosie here from Cairn. Quick one, because I hate leaving people hanging: we're not going to take your application any further for the Travel PR Executive spot. Honestly it came down to UK media contacts – we need someone who can pick up the phone to the national travel desks on day one, and that's just not where you are yet.

Your cover letter made the whole team laugh (in a good way). Keep going – you'll land something great.

Rosie""",
        "cte": "qp",
    },
    {
        "slug": "glacier_lane_icims_html_links", "kind": "rejection", "lang": "en",
        "company": "Glacier Lane Hotels", "contact": "",
        "frm": ("Glacier Lane Hotels Careers", "careers-noreply@icims.com"),
        "subject": "Glacier Lane Hotels | Your application for Marketing Coordinator – Alpine Collection",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-07-15 14:22 +0100",
        "html": ats_card("Glacier Lane Hotels", "#5a4636", paras(GL_REJECT) + """
<p><a href="https://careers-glacierlane.icims.com/jobs/search">Search open jobs</a> |
<a href="https://careers-glacierlane.icims.com/connect">Join our talent community</a> |
<a href="https://www.linkedin.com/company/glacier-lane-hotels-example">LinkedIn</a> |
<a href="https://www.instagram.com/glacierlane.example">Instagram</a></p>""",
            '<a href="https://glacierlane.example.co.uk/privacy">Privacy policy</a> · '
            '<a href="https://careers-glacierlane.icims.com/unsubscribe">Unsubscribe from job alerts</a> · '
            "This is an automated message. Please do not reply.", lang="en"),
        "cte": "b64",
        "hdr": [("Auto-Submitted", "auto-generated")],
        "irt": "gl_ack",
    },
    # ------------------------------------------------------------------ French
    {
        "slug": "ot_vallee_blanche_pourvu_en_interne", "kind": "rejection", "lang": "fr",
        "company": "Office de Tourisme de la Vallée Blanche", "contact": "s.balmat@ot-valleeblanche.example.fr",
        "frm": ("Sophie Balmat", "s.balmat@ot-valleeblanche.example.fr"),
        "subject": "Votre candidature – chargé(e) de promotion marchés germanophones",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-05-05 15:27 +0200",
        "text": OT_INTERNAL,
        "html": plain_html(paras(OT_INTERNAL), lang="fr"),
        "cte": "b64",
        "irt": "ot_own",
    },
    {
        "slug": "grand_serac_refus_apres_essai_citation", "kind": "rejection", "lang": "fr",
        "company": "Hôtel Le Grand Sérac", "contact": "marc.simond@grandserac.example.fr",
        "frm": ("Marc Simond", "marc.simond@grandserac.example.fr"),
        "subject": "Re: Merci pour la journée de mercredi",
        "subj_enc": ("iso-8859-1", "Q", "mixed"),
        "date": "2026-07-17 11:48 +0200",
        "text": """Bonjour Henrike,

Merci pour votre message, qui nous a fait très plaisir. Léa a beaucoup apprécié votre aide avec les journalistes allemands.

Après réflexion, nous avons toutefois décidé de ne pas donner suite à votre candidature. Le poste demande une grande autonomie sur les outils de réservation et de revenue management, et il nous faut quelqu'un d'opérationnel tout de suite pour l'hiver.

Je vous souhaite beaucoup de réussite et serais ravi de vous revoir à Chamonix, peut-être sur les pistes.

Cordialement,
Marc Simond

""" + wrote("fr", "jeu. 9 juil. 2026 à 21:03", "Henrike Adjei-Sommer", ME_ADDR) + "\n" + quote(
            """Bonjour Monsieur Simond,

Merci encore pour la journée d'essai d'hier. J'ai adoré découvrir l'équipe, et l'accueil des journalistes allemands était un vrai plaisir. J'espère sincèrement avoir l'occasion de rejoindre l'hôtel pour la saison d'hiver.

Bien cordialement,
Henrike Adjei-Sommer"""),
        "cs": "iso-8859-1", "cte": "qp",
        "irt": "gs_trial",
    },
    {
        "slug": "cimes_retour_client_aiguillette_negatif", "kind": "rejection", "lang": "fr",
        "company": "Téléphériques de l'Aiguillette", "contact": "j.perrollaz@cimes-recrutement.example.fr",
        "frm": ("Julien Perrollaz", "j.perrollaz@cimes-recrutement.example.fr"),
        "subject": "Retour des Téléphériques de l'Aiguillette",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-06-19 09:05 +0200",
        "text": """Bonjour Henrike,

J'ai eu ce matin le retour de Mme Tairraz après votre entretien de jeudi dernier. Malheureusement, le client a choisi de poursuivre avec un autre candidat, qui connaît déjà le milieu des remontées mécaniques françaises et leurs outils de billetterie.

Ils ont apprécié votre énergie et votre allemand impeccable, mais ont estimé que la marche était un peu haute pour une première expérience en marketing.

Ne vous découragez pas : j'ai un autre poste en vue à Megève qui pourrait vous correspondre. Je vous en parle dès que j'ai le feu vert du client.

Bien à vous,
Julien""",
        "cte": "qp",
        "irt": "cr_move",
    },
    {
        "slug": "cordee_taleo_suite_defavorable", "kind": "rejection", "lang": "fr",
        "company": "Agence Cordée Marketing", "contact": "",
        "frm": ("Agence Cordee Marketing - Recrutement", "noreply@taleo.net"),
        "subject": "Suite donnée à votre candidature - réf. CM-2026-044",
        "subj_enc": ("iso-8859-1", "Q", "mixed"),
        "date": "2026-09-02 04:15 +0000",
        "text": AC_REJECT,
        "html": ats_card("Agence Cordée Marketing", "#6c3483", paras(AC_REJECT),
                      "Ce courriel a été envoyé automatiquement. Merci de ne pas y répondre.", lang="fr"),
        "cs": "iso-8859-1", "cte": "qp",
        "hdr": [("Auto-Submitted", "auto-generated")],
    },
    # ------------------------------------------------------------------ Spanish
    {
        "slug": "coma_blanca_proceso_cerrado", "kind": "rejection", "lang": "es",
        "company": "Hotel Coma Blanca", "contact": "rrhh@comablanca.example.ad",
        "frm": ("Montse Vidal", "rrhh@comablanca.example.ad"),
        "subject": "Re: Entrevista de hoy a las 16:30",
        "date": "2026-06-03 10:10 +0200",
        "text": """Estimada Henrike:

Gracias por su explicación; entendemos perfectamente lo del vuelo.

Sin embargo, el Sr. Cerqueda no pudo reorganizar su agenda esa semana y, mientras tanto, ha cerrado el proceso con otra candidata a la que ya había entrevistado. Por lo tanto, lamentamos comunicarle que no seguiremos adelante con su candidatura.

Le deseamos mucha suerte en su búsqueda y esperamos recibirla algún día como huésped.

Atentamente,
Montse Vidal
Recursos Humanos - Hotel Coma Blanca

""" + wrote("es", "mar, 26 may 2026 a las 20:15", "Henrike Adjei-Sommer", ME_ADDR) + "\n" + quote(CB_OWN),
        "cs": "iso-8859-1", "cte": "8bit",
        "irt": "cb_own",
    },
    {
        "slug": "pirineu_aventura_bamboohr_otras_personas", "kind": "rejection", "lang": "es",
        "company": "Pirineu Aventura", "contact": "",
        "frm": ("Pirineu Aventura", "notifications@app.bamboohr.com"),
        "subject": "Actualización sobre tu candidatura en Pirineu Aventura",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-03-20 18:05 +0100",
        "text": PA_REJECT,
        "html": ats_card("Pirineu Aventura", "#27ae60", paras(PA_REJECT),
                      "Enviado a través de BambooHR. Por favor, no respondas a este correo.", lang="es"),
        "cte": "qp",
        "hdr": [("Auto-Submitted", "auto-generated")],
        "irt": "pa_ack",
    },
    {
        "slug": "pirineos_talento_cliente_no_continua", "kind": "rejection", "lang": "es",
        "company": "Pirineos Talento", "contact": "alvaro.mediano@pirineostalento.example.es",
        "frm": ("Álvaro Mediano", "alvaro.mediano@pirineostalento.example.es"),
        "frm_enc": ("utf-8", "B"),
        "subject": "Feedback de mi cliente",
        "date": "2026-07-08 19:33 +0200",
        "text": """Hola Henrike:

Te escribo para darte la respuesta de mi cliente, la cadena hotelera de Andorra con la que hablaste el martes. Me temo que no es la que esperábamos: han decidido no continuar contigo en el proceso.

Según me explican, valoran mucho tu perfil internacional, pero para este puesto buscan a alguien con un catalán fluido, porque la mitad del trabajo es con instituciones del país.

Sé que es un palo. Sigo con tu perfil activo y te avisaré en cuanto tenga otra posición que encaje.

Un abrazo,
Álvaro Mediano
Consultor sénior – Turismo y Hostelería
Pirineos Talento
Rambla Ferran 22, 25007 Lleida""",
        "cte": "qp",
    },
    {
        "slug": "tramuntana_vacante_congelada", "kind": "rejection", "lang": "es",
        "company": "Agencia Tramuntana Digital", "contact": "carla.ribas@tramuntanadigital.example.ad",
        "frm": ("Carla Ribas", "carla.ribas@tramuntanadigital.example.ad"),
        "subject": "Proceso de selección: Community Manager Turismo",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-08-27 13:14 +0200",
        "text": """Hola, Henrike:

Lamento tener que escribirte con estas noticias. Por decisión de la dirección, hemos congelado la vacante de Community Manager Turismo hasta nuevo aviso: uno de nuestros principales clientes ha reducido su presupuesto para la temporada de invierno y no podemos asumir una nueva contratación.

Esto significa que cerramos el proceso sin seleccionar a ninguna de las personas candidatas. Te agradecemos mucho tu tiempo y la prueba práctica que nos enviaste.

Si la situación cambia en primavera, me pondré en contacto contigo.

Un saludo cordial,
Carla Ribas
Directora de Cuentas
Agencia Tramuntana Digital
Carrer de la Unió 7, AD700 Escaldes-Engordany

AVÍS LEGAL / AVISO LEGAL: La información contenida en este correo electrónico es confidencial y está dirigida exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.""",
        "cs": "windows-1252", "cte": "qp",
    },
]
