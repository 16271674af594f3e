"""Corpus 85 data: rejections, application acknowledgements and offers (hand-written).

Imported only by make_eightyfifth.py; each entry is one message with its labels.
"""

from make_eightyfifth import Msg as M

MESSAGES = [
    # ------------------------------------------------------------------ rejections (de)
    M("rejection", "personio_absage_mittelstand", "de", "Brenner Antriebstechnik", "",
      '"Brenner Antriebstechnik GmbH" <noreply@brenner-antriebstechnik.jobs.personio.de>',
      "Ihre Bewerbung als Strategischer Einkäufer (m/w/d)",
      """Sehr geehrter Herr Okonkwo-Brandt,

vielen Dank für Ihr Interesse an Brenner Antriebstechnik und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben, deren Profil noch genauer zu den Anforderungen der Stelle passt.

Diese Entscheidung ist keine Bewertung Ihrer Person oder Qualifikation. Gerne bewahren wir Ihre Unterlagen mit Ihrem Einverständnis für 6 Monate in unserem Talentpool auf.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Brenner Antriebstechnik GmbH
Industriestraße 14 | 73430 Aalen
Geschäftsführer: Karl-Heinz Brenner, Dr. Petra Brenner | HRB 71234 Amtsgericht Ulm

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""", "2026-01-19 16:02 +0100", fmt="alt"),

    M("rejection", "iphone_terse_after_interview", "de", "Kaltenbach Logistik",
      "markus.leitner@kaltenbach-logistik.example.de",
      "Markus Leitner <markus.leitner@kaltenbach-logistik.example.de>",
      "AW: Gespräch Dienstag",
      """Hallo Jonas,

kurz und ehrlich: wir haben uns für einen anderen Kandidaten entschieden, der schon Erfahrung mit unserem WMS hat. War trotzdem ein gutes Gespräch, danke dir für die Zeit!

VG Markus

Von meinem iPhone gesendet""", "2026-02-05 19:44 +0100", cte="8bit",
      quote=("de", "Am 03.02.2026 um 18:10 schrieb Jonas Okonkwo-Brandt <jonas.ob@example.de>:",
             "Hallo Markus,\nvielen Dank nochmal für das nette Gespräch heute. Ich freu mich von dir zu hören.\nViele Grüße\nJonas"),
      thread="<jonas.20260203.1810@example.de>"),

    M("rejection", "stadtwerke_formal_latin1", "de", "Stadtwerke Lechfeld",
      "s.grasegger@stadtwerke-lechfeld.example.de",
      "Sabine Grasegger <s.grasegger@stadtwerke-lechfeld.example.de>",
      "Ihre Bewerbung - Kennziffer 04/2026 Sachbearbeitung Beschaffung",
      """Sehr geehrter Herr Okonkwo-Brandt,

wir danken Ihnen für Ihre Bewerbung und das damit verbundene Interesse an einer Tätigkeit bei den Stadtwerken Lechfeld.

Nach Abschluss des Auswahlverfahrens bedauern wir, Ihnen mitteilen zu müssen, dass wir Ihre Bewerbung nicht berücksichtigen konnten. Die Entscheidung ist uns aufgrund der Vielzahl qualifizierter Bewerbungen nicht leicht gefallen.

Ihre Bewerbungsunterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach Ablauf von sechs Monaten gelöscht.

Für Ihren weiteren Berufsweg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

i. A. Sabine Grasegger
Personalabteilung
Stadtwerke Lechfeld
Am Gaswerk 3, 86836 Lechfeld
Tel. 08232 9911-214
""", "2026-03-11 10:20 +0100", charset="iso-8859-1", cte="quoted-printable"),

    M("rejection", "spital_stelle_intern_besetzt_ch", "de", "Spital Aarewald", "",
      '"Spital Aarewald" <jobs-noreply@spital-aarewald.example.ch>',
      "Ihre Bewerbung: Leiter/in Materialwirtschaft 80-100%",
      """Guten Tag Herr Okonkwo-Brandt

Besten Dank für Ihre Bewerbung und das Interesse am Spital Aarewald.

Wir müssen Ihnen leider mitteilen, dass die ausgeschriebene Stelle in der Zwischenzeit intern besetzt werden konnte. Ihr Bewerbungsdossier werden wir deshalb nicht weiter berücksichtigen und gemäss unseren Datenschutzrichtlinien löschen.

Wir danken Ihnen für Ihr Verständnis und wünschen Ihnen für die Stellensuche viel Erfolg.

Freundliche Grüsse

Spital Aarewald
Human Resources
Spitalstrasse 40, 5000 Aarau
""", "2026-03-24 08:05 +0100"),

    M("rejection", "at_position_eingefroren_du", "de", "Alpenlog Spedition",
      "f.hinterberger@alpenlog.example.at",
      "Florian Hinterberger <f.hinterberger@alpenlog.example.at>",
      "Update",
      """Servus Jonas,

leider keine guten Nachrichten: die S&OP Stelle wurde von der Konzernmutter budgetbedingt eingefroren, wir werden den Prozess daher nicht weiterführen. Ich hätte dich gerne im Team gehabt, ehrlich.

Falls sich im Herbst was tut, meld ich mich nochmal, versprochen.

LG aus Linz
Florian

--
Florian Hinterberger
Head of Supply Chain
Alpenlog Spedition GmbH | Hafenstraße 19 | 4020 Linz
M +43 664 312 88 41
""", "2026-04-14 17:31 +0200"),

    M("rejection", "successfactors_template_odd", "de", "Vellmar Automotive", "",
      '"Vellmar Automotive SE" <do_not_reply@successfactors.eu>',
      "Vellmar Automotive SE: Ihre Bewerbung / Req. 31877",
      """Sehr geehrte/r Jonas Okonkwo-Brandt ,

vielen Dank fuer Ihr Interesse an der Position Lean Manager Werk Dingolfing (w/m/d)  (Req. 31877) .

Wir haben Ihre Unterlagen sorgfaeltig geprueft. Leider muessen wir Ihnen mitteilen , dass wir Sie im weiteren Auswahlprozess nicht beruecksichtigen koennen.

Wir wuerden uns freuen , wenn Sie sich auch kuenftig ueber offene Positionen auf unserem Karriereportal informieren .

Mit freundlichen Gruessen

Ihr Talent Acquisition Team
Vellmar Automotive SE

*** Dies ist eine automatisch generierte E-Mail. Antworten an diese Adresse werden nicht gelesen. ***
Vellmar Automotive SE, Sitz: München, Registergericht München HRB 20411, Vorsitzender des Aufsichtsrats: Dr. Ulrich Sander
""", "2026-02-17 02:14 +0100", fmt="html"),

    M("rejection", "personalberatung_mandant_absage", "de", "Gerstner Medizintechnik",
      "c.hollmann@hollmann-schuster.example.de",
      '"Dr. Christine Hollmann" <c.hollmann@hollmann-schuster.example.de>',
      "Position Leitung Operational Excellence – Rückmeldung unseres Mandanten",
      """Lieber Herr Okonkwo-Brandt,

vielen Dank noch einmal für das offene Gespräch bei uns in Stuttgart und für Ihre Geduld.

Unser Mandant, die Gerstner Medizintechnik in Tuttlingen, hat sich nach den Zweitgesprächen für eine Kandidatin entschieden, die bereits eine vergleichbare Werksleitung verantwortet hat. Ihr Profil wurde ausdrücklich geschätzt, vor allem Ihre Erfahrung mit der S&OP-Einführung, am Ende gab die Führungserfahrung den Ausschlag.

Ich würde gerne mit Ihnen in Kontakt bleiben und melde mich, sobald ich ein passendes Mandat habe.

Herzliche Grüße
Christine Hollmann

Hollmann Schuster & Partner
Königstraße 26 · 70173 Stuttgart
T +49 711 400 582 10
""", "2026-05-06 11:47 +0200", cte="quoted-printable"),

    M("rejection", "fallstudie_feedback_food", "de", "Bergmühle", "leonie.rast@bergmuehle.example.de",
      "Leonie Rast <leonie.rast@bergmuehle.example.de>",
      "Deine Fallstudie",
      """Hallo Jonas,

danke für die Fallstudie zur Bedarfsplanung, die du uns geschickt hast – man hat gesehen, dass da Arbeit drinsteckt.

Wir haben im Team lange diskutiert und uns am Ende entschieden, nicht mit dir in die nächste Runde zu gehen. Hauptpunkt: beim Saisonprofil für das Müsli-Sortiment hätten wir uns eine tiefere Analyse der Promotions gewünscht, und die Bestandsreichweite war für uns etwas zu optimistisch gerechnet.

Ich weiß, das ist nicht das, was du hören wolltest. Wenn du magst, können wir gern 15 Minuten telefonieren und ich erklär dir unsere Überlegungen genauer.

Viele Grüße
Leonie

Leonie Rast | Teamlead Demand Planning
Bergmühle GmbH & Co. KG – Cerealien seit 1921
""", "2026-04-28 14:03 +0200"),

    M("rejection", "softgarden_engere_auswahl", "de", "Feldhaus Getränke", "",
      '"Feldhaus Getränke via softgarden" <noreply@softgarden.io>',
      "Ihre Bewerbung als Demand Planner (m/w/d)",
      """Hallo Jonas Okonkwo-Brandt,

herzlichen Dank für Ihre Bewerbung als Demand Planner (m/w/d) bei Feldhaus Getränke.

Leider haben Sie es diesmal nicht in die engere Auswahl geschafft. Wir hatten sehr viele Bewerbungen und mussten eine Entscheidung treffen, die uns nicht leicht gefallen ist.

Wir würden uns freuen, wenn Sie weiterhin unsere Stellenangebote verfolgen: https://feldhaus-getraenke.softgarden.io/de/vacancies

Beste Grüße
Ihr Feldhaus Team

Sie erhalten diese E-Mail, weil Sie sich über softgarden beworben haben. Datenschutz: https://softgarden.io/privacy
""", "2026-01-28 09:15 +0100", fmt="html", cte="base64"),

    M("rejection", "startup_very_short_du", "de", "Kistenwerk", "tina@kistenwerk.example",
      "Tina Vogl <tina@kistenwerk.example>",
      "Ops Lead Rolle",
      """Hi Jonas,
wir gehen mit jemand anderem weiter, sorry! Dein Profil war echt stark, nur nicht ganz das was wir gerade brauchen (mehr Lager-Hands-on).
Viel Erfolg dir!
LG Tina""", "2026-02-26 21:12 +0100", cte="8bit"),

    M("rejection", "nachfrage_reply_chain", "de", "Hallbauer Pharma", "julia.moeck@hallbauer-pharma.example.de",
      "Julia Möck <julia.moeck@hallbauer-pharma.example.de>",
      "AW: Nachfrage zu meiner Bewerbung (Ref. HP-2026-031)",
      """Sehr geehrter Herr Okonkwo-Brandt,

vielen Dank für Ihre Nachfrage und bitte entschuldigen Sie die lange Wartezeit.

Leider müssen wir Ihnen heute eine Absage erteilen. Das Auswahlverfahren für die Position „Supply Chain Manager Sterile Production“ ist abgeschlossen und wir haben uns für eine andere Person entschieden.

Wir wünschen Ihnen alles Gute.

Mit freundlichen Grüßen
Julia Möck
Human Resources Business Partner

Hallbauer Pharma GmbH · Robert-Koch-Str. 8 · 79111 Freiburg
Diese Nachricht kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender und löschen Sie diese Nachricht.""",
      "2026-03-30 13:22 +0200",
      quote=("outlook", "Von: Jonas Okonkwo-Brandt <jonas.ob@example.de>\nGesendet: Montag, 23. März 2026 09:02\nAn: Julia Möck <julia.moeck@hallbauer-pharma.example.de>\nBetreff: Nachfrage zu meiner Bewerbung (Ref. HP-2026-031)",
             "Sehr geehrte Frau Möck,\n\nich habe mich am 12. Februar auf die Stelle als Supply Chain Manager beworben und wollte mich höflich nach dem Stand erkundigen.\n\nMit freundlichen Grüßen\nJonas Okonkwo-Brandt"),
      thread="<jonas.20260323.0902@example.de>"),

    M("rejection", "institut_stelle_nicht_nachbesetzt", "de", "Institut für Logistiksysteme",
      "verwaltung-personal@ils.example.org",
      "Personalverwaltung ILS <verwaltung-personal@ils.example.org>",
      "Ihre Bewerbung auf die Ausschreibung ILS-26-07",
      """Sehr geehrter Herr Okonkwo-Brandt,

für Ihre Bewerbung auf die Stelle als wissenschaftlicher Mitarbeiter (m/w/d) im Bereich Nachhaltige Beschaffung danken wir Ihnen.

Leider müssen wir Ihnen mitteilen, dass das Projekt, aus dem die Stelle finanziert werden sollte, nicht bewilligt wurde. Die Stelle wird daher nicht besetzt und das Verfahren ist beendet.

Ihre Unterlagen senden wir Ihnen nicht zurück; die elektronisch übermittelten Daten werden nach Abschluss des Verfahrens gelöscht.

Mit freundlichen Grüßen
Im Auftrag
R. Steinkamp

Institut für Logistiksysteme
Emil-Figge-Str. 91, 44227 Dortmund
""", "2026-06-02 15:40 +0200"),

    M("rejection", "zeitarbeit_kunde_update_cp1252", "de", "Laubmann Kunststofftechnik",
      "dennis.kraft@brueckner-industrieservice.example.de",
      "Dennis Kraft <dennis.kraft@brueckner-industrieservice.example.de>",
      "Update zu Laubmann",
      """Hallo Herr Okonkwo-Brandt,

kurze Info von mir: der Kunde (Laubmann Kunststofftechnik in Fürth) hat sich leider für einen anderen Bewerber entschieden – der war schon mal als Disponent im Haus und daher schneller einsatzbereit.

Ich hab aber noch zwei andere Einsätze im Raum Nürnberg auf dem Tisch, die könnten passen. Hätten Sie diese Woche kurz Zeit für ein Telefonat?

Grüße
Dennis Kraft
Brückner Industrieservice GmbH – Niederlassung Nürnberg
Tel. 0911 23 45 67-12 | Mobil 0171 555 2301
""", "2026-05-19 10:02 +0200", charset="windows-1252", cte="quoted-printable"),

    M("rejection", "klinikum_dvinci_nach_gespraech", "de", "Klinikum Isartal", "",
      '"Klinikum Isartal - Bewerbermanagement" <bewerbung-noreply@klinikum-isartal.dvinci-easy.com>',
      "Absage: Ihre Bewerbung als Leitung Einkauf & Logistik",
      """Sehr geehrter Herr Okonkwo-Brandt,

wir bedanken uns nochmals für das angenehme Vorstellungsgespräch und Ihr Interesse an einer Mitarbeit im Klinikum Isartal.

Nach reiflicher Überlegung haben wir uns entschieden, die Position anderweitig zu besetzen. Wir bitten Sie, diese Entscheidung nicht als Wertung Ihrer Qualifikation zu verstehen.

Für Ihren weiteren beruflichen und privaten Lebensweg wünschen wir Ihnen alles Gute und viel Erfolg.

Mit freundlichen Grüßen

Klinikum Isartal
Personalmanagement
Bitte antworten Sie nicht auf diese automatisch versendete E-Mail.
""", "2026-06-23 16:55 +0200", fmt="alt", cte="quoted-printable"),

    M("rejection", "rexx_bahn_disclaimer", "de", "Südbahn Infrastruktur", "",
      '"Südbahn Infrastruktur GmbH" <no-reply@suedbahn-infra.rexx-recruitment.com>',
      "Ihre Bewerbung - Referenz 2026/SBI/112",
      """Sehr geehrter Herr Okonkwo-Brandt,

haben Sie vielen Dank für Ihre Bewerbung als Referent Materialdisposition Instandhaltung (w/m/d).

Wir haben Ihre Unterlagen mit großem Interesse gelesen. Nach sorgfältiger Abwägung können wir Ihre Bewerbung leider nicht weiter berücksichtigen.

Mit freundlichen Grüßen
Südbahn Infrastruktur GmbH
Personalgewinnung

------------------------------------------------------------
Südbahn Infrastruktur GmbH, Sitz Stuttgart, Amtsgericht Stuttgart HRB 7741
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.
""", "2026-07-08 07:30 +0200"),

    # ------------------------------------------------------------------ rejections (en)
    M("rejection", "greenhouse_one_liner", "en", "Loopcart", "",
      '"Loopcart" <no-reply@us.greenhouse-mail.io>',
      "Your application to Loopcart",
      """Hi Jonas,

Thanks for your time, but we won't be moving forward with your application for Operations Manager, Fulfilment.

Best,
Loopcart Hiring Team""", "2026-01-13 23:01 +0100"),

    M("rejection", "lever_soft_reply_to", "en", "Northlane Freight", "priya.raman@northlane-freight.example.com",
      '"Priya Raman" <no-reply@hire.lever.co>',
      "Northlane Freight - Procurement Lead, EMEA",
      """Hi Jonas,

Thank you so much for taking the time to speak with us about the Procurement Lead role. We really enjoyed learning about your work on carrier tendering.

After careful consideration, we've decided to pursue other candidates whose background more closely aligns with what we need at this stage. This was a difficult decision given the strength of the pool.

We'll keep your details on file and hope our paths cross again.

Warmly,
Priya Raman
Talent Partner, Northlane Freight
""", "2026-02-10 18:20 +0100", reply_to="Priya Raman <priya.raman@northlane-freight.example.com>", fmt="alt"),

    M("rejection", "uk_agency_shant_progress", "en", "Pembridge Foods", "tom.ashcroft@ryderblake.example.co.uk",
      "Tom Ashcroft <tom.ashcroft@ryderblake.example.co.uk>",
      "Following up",
      """Hi Jonas,

Hope you're well. I've finally had feedback from Pembridge Foods re the Continuous Improvement Manager role - unfortunately they've come back to say they shan't be progressing your application on this occasion. They felt they needed someone with more hands-on TPM experience on a high-speed line.

Sorry it's not better news, I genuinely thought you'd be a good fit. Let's have a catch up next week, I've got a couple of S&OP roles in the pipeline that might be right up your street.

Kind regards,
Tom

Tom Ashcroft | Principal Consultant, Supply Chain
Ryder Blake Associates | 20 Eastcheap, London EC3M 1EB
+44 (0)20 7946 0183
""", "2026-03-05 12:48 +0100"),

    M("rejection", "indian_english_regret", "en", "Tarang Automotive Components Europe", "deepa.nair@tarang-auto.example.com",
      "Deepa Nair <deepa.nair@tarang-auto.example.com>",
      "Re: your application",
      """Dear Jonas,

Greetings from Tarang Automotive Components!

With reference to your application for the post of Sourcing Manager (Castings) at our Stuttgart office, we regret to inform you that your profile has not been shortlisted for the further rounds of the selection process.

We thank you for the interest shown in our organisation and shall keep your profile in our data bank for future requirements. Kindly do revert in case of any queries.

Thanks & Regards,
Deepa Nair
Asst. Manager - HR
Tarang Automotive Components Europe GmbH
Mob: +49 151 2200 7781
""", "2026-04-02 07:51 +0200"),

    M("rejection", "japanese_owned_after_panel", "en", "Hoshida Medical Europe", "k.watanabe@hoshida-medical.example.com",
      "Kenji Watanabe <k.watanabe@hoshida-medical.example.com>",
      "Result of selection - Supply Planning Manager",
      """Dear Mr. Okonkwo-Brandt,

Thank you very much for attending the panel interview at our Düsseldorf office on 14 April and for your kind presentation.

We have carefully considered the result together with our headquarters in Osaka. We are very sorry to inform you that we cannot offer you the position this time.

We sincerely appreciate your interest in Hoshida Medical and wish you success in the future.

Best regards,

Kenji Watanabe
General Manager, Administration Division
Hoshida Medical Europe GmbH
Tel: +49 211 5800 3120
""", "2026-04-22 09:10 +0200"),

    M("rejection", "workday_requisition_on_hold", "en", "Halvorsen Pharma", "",
      '"Halvorsen Pharma" <halvorsen@myworkday.com>',
      "Update on your application R-0019284",
      """Dear Jonas,

Thank you for your interest in the Senior Manager, Network Planning position (R-0019284) at Halvorsen Pharma.

We are writing to let you know that the requisition has been put on hold due to organisational changes and we will not be proceeding with the recruitment at this time. Your application will therefore be closed.

We encourage you to visit our careers site for future opportunities.

Kind regards,
Halvorsen Pharma Talent Acquisition

This email was sent from an unmonitored mailbox. Halvorsen Pharma A/S, Bagsværd, Denmark.
""", "2026-05-12 13:00 +0200", fmt="html"),

    M("rejection", "aussie_gone_with_another", "en", "Dunmore Logistics", "sam.okafor@dunmore.example.com.au",
      "Sam Okafor <sam.okafor@dunmore.example.com.au>",
      "quick one",
      """Hey Jonas,

Cheers again for jumping on the call with me and Bec last week at such a rubbish hour for you.

Bit of a bummer but we've gone with another candidate this time round - someone already based in the APAC timezone which ended up being the deciding factor for the hiring manager. Nothing to do with your skills mate, your answers on the cross-dock project were spot on.

All the best with the search,
Sam

Sam Okafor
Talent Lead | Dunmore Logistics
""", "2026-06-10 01:12 +0200"),

    M("rejection", "ashby_after_takehome", "en", "Fernwell", "lena@fernwell.example.io",
      '"Fernwell" <no-reply@ashbyhq.com>',
      "Fernwell | Sustainability Operations Lead",
      """Hi Jonas,

Thank you for the time you put into the take-home exercise on Scope 3 supplier data. We know these take real effort.

The team reviewed your submission carefully and we've decided not to move forward with your candidacy. The main gap for us was the prioritisation framework — we were looking for a clearer link between supplier emissions and purchasing volume.

If you have questions, just reply to this email and it'll reach me directly.

Lena Brandauer
People & Talent, Fernwell
""", "2026-07-15 17:05 +0200", reply_to="Lena Brandauer <lena@fernwell.example.io>"),

    M("rejection", "canadian_outlook_chain", "en", "Maplerock Equipment", "d.leblanc@maplerock.example.ca",
      "Danielle LeBlanc <d.leblanc@maplerock.example.ca>",
      "RE: your application",
      """Hi Jonas,

Thanks for checking in, and apologies for leaving you hanging - it's been a hectic few weeks here.

I'm sorry to say we've decided not to move ahead with your application for the European Parts Logistics Manager role. We ended up prioritizing candidates with aftermarket/service parts experience.

Thanks again for your patience, and best of luck.

Danielle

Danielle LeBlanc | Talent Acquisition Partner
Maplerock Equipment Inc. | Calgary · Rotterdam
CONFIDENTIALITY NOTICE: This e-mail is intended only for the named recipient(s) and may contain privileged information.""",
      "2026-08-04 16:18 +0200",
      quote=("outlook", "From: Jonas Okonkwo-Brandt <jonas.ob@example.de>\nSent: Tuesday, July 28, 2026 9:41 AM\nTo: LeBlanc, Danielle <d.leblanc@maplerock.example.ca>\nSubject: your application",
             "Hi Danielle,\n\nI hope you're well. I wanted to follow up on my application for the European Parts Logistics Manager position in Rotterdam. Is there any update on timing?\n\nBest regards,\nJonas"),
      thread="<jonas.20260728.0941@example.de>"),

    # ------------------------------------------------------------------ rejections (fr, es)
    M("rejection", "teamtailor_regret_fr", "fr", "Lumière Emballages", "",
      '"Lumière Emballages" <no-reply@teamtailor-mail.com>',
      "Votre candidature – Responsable Achats Indirects",
      """Bonjour Jonas,

Nous vous remercions pour l'intérêt que vous portez à Lumière Emballages et pour le temps consacré à votre candidature.

Après une étude attentive de votre profil, nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre candidature pour le poste de Responsable Achats Indirects basé à Lyon.

Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Bien cordialement,
L'équipe Recrutement
Lumière Emballages
""", "2026-02-19 11:00 +0100", fmt="alt", cte="quoted-printable"),

    M("rejection", "manager_short_fr", "fr", "Transports Chabert", "m.chabert@transports-chabert.example.fr",
      "Mathilde Chabert <m.chabert@transports-chabert.example.fr>",
      "Suite à notre échange",
      """Bonjour Jonas,

Merci encore pour l'échange de mardi, c'était très agréable.
Nous avons finalement retenu un autre profil, plus orienté exploitation pure. Je suis désolée de ne pas avoir de meilleure nouvelle.

Je vous souhaite bonne continuation dans vos recherches.

Mathilde Chabert
Directrice des Opérations – Transports Chabert
06 12 34 56 78

Envoyé de mon iPhone""", "2026-05-28 18:40 +0200", cte="8bit"),

    M("rejection", "cabinet_client_ne_donne_pas_suite", "fr", "Biolys Pharma", "a.mercier@mercier-associes.example.fr",
      "Antoine Mercier <a.mercier@mercier-associes.example.fr>",
      "=?utf-8?q?Poste_Directeur_Supply_Chain_=E2=80=93_retour?=",
      """Cher Jonas,

Je reviens vers vous concernant le poste de Directeur Supply Chain chez notre client Biolys Pharma.

Après les entretiens avec le comité de direction, le client a décidé de ne pas donner suite à votre candidature. Ils ont privilégié un profil ayant déjà évolué dans un environnement BPF très réglementé.

Je reste à votre disposition pour en parler de vive voix et je garde votre dossier en tête pour nos prochaines missions.

Bien à vous,

Antoine Mercier
Associé - Mercier & Associés, Conseil en recrutement
12 rue de la République, 69002 Lyon
""", "2026-09-09 10:12 +0200", charset="iso-8859-1"),

    M("rejection", "smartrecruiters_es", "es", "Grupo Alvarado Logística", "",
      '"Grupo Alvarado Logística" <no-reply@smartrecruiters.com>',
      "Tu candidatura en Grupo Alvarado",
      """Hola Jonas:

Gracias por tu interés en formar parte de Grupo Alvarado Logística y por el tiempo dedicado al proceso.

Lamentamos comunicarte que en esta ocasión no vamos a continuar con tu candidatura para la posición de Responsable de Planificación S&OP en Barcelona. Hemos recibido perfiles muy interesantes y la decisión no ha sido fácil.

Te animamos a seguir atento a nuestras ofertas.

Un saludo,
Equipo de Talento
Grupo Alvarado Logística
""", "2026-03-17 12:30 +0100", fmt="html"),

    M("rejection", "bodega_formal_es", "es", "Bodegas Arriaga", "rrhh.seleccion@bodegas-arriaga.example.es",
      "Selección Bodegas Arriaga <rrhh.seleccion@bodegas-arriaga.example.es>",
      "Proceso de selección - Técnico de Compras",
      """Estimado Sr. Okonkwo-Brandt:

Le agradecemos sinceramente el interés mostrado en nuestra empresa y su participación en el proceso de selección para el puesto de Técnico de Compras.

Tras valorar detenidamente su candidatura, hemos decidido continuar el proceso con otros candidatos cuyo perfil se ajusta más a las necesidades actuales del puesto.

Conservaremos su currículum en nuestra base de datos para futuros procesos, salvo que nos indique lo contrario.

Atentamente,

Departamento de Personas
Bodegas Arriaga, S.A.
Ctra. de Logroño km 4, 01300 Laguardia (Álava)
""", "2026-06-30 09:45 +0200", charset="iso-8859-1", cte="quoted-printable"),

    M("rejection", "startup_puesto_cancelado_es", "es", "Nubaris", "marta@nubaris.example.es",
      "Marta Ferrer <marta@nubaris.example.es>",
      "Re: Ops Manager",
      """Hola Jonas,

te escribo para contarte que al final hemos cancelado la posición de Ops Manager: tras la última ronda de financiación hemos tenido que congelar contrataciones hasta el Q1, así que no seguimos adelante con el proceso.

Siento mucho hacerte perder el tiempo, de verdad. Si se reabre, serás el primero al que escriba.

Un abrazo,
Marta
--
Marta Ferrer · COO · Nubaris
""", "2026-07-21 20:05 +0200",
      quote=("es", "El lun, 13 jul 2026 a las 10:14, Jonas Okonkwo-Brandt (<jonas.ob@example.de>) escribió:",
             "Hola Marta,\nmuchas gracias por la conversación del viernes. Quedo atento a los próximos pasos.\nSaludos,\nJonas"),
      thread="<jonas.20260713.1014@example.de>"),
]

MESSAGES += [
    # ------------------------------------------------------------------ acknowledgements (de)
    M("application_received", "personio_eingang", "de", "Lindner Fördertechnik", "",
      '"Lindner Fördertechnik GmbH" <noreply@lindner-foerdertechnik.jobs.personio.de>',
      "Vielen Dank für Ihre Bewerbung",
      """Hallo Jonas Okonkwo-Brandt,

vielen Dank für Ihre Bewerbung als Teamleiter Arbeitsvorbereitung (m/w/d) und Ihr Interesse an Lindner Fördertechnik!

Wir haben Ihre Unterlagen erhalten und werden sie nun sorgfältig prüfen. Sie hören spätestens in zwei Wochen von uns.

Freundliche Grüße
Ihr Team von Lindner Fördertechnik
""", "2026-01-08 22:41 +0100", fmt="alt"),

    M("application_received", "softgarden_kein_individuelles_feedback", "de", "Medikon Versandapotheke", "",
      '"Medikon Versandapotheke" <noreply@softgarden.io>',
      "Eingangsbestätigung: Ihre Bewerbung als Einkäufer OTC (m/w/d)",
      """Hallo Herr Okonkwo-Brandt,

wir freuen uns über Ihre Bewerbung und bedanken uns für Ihr Vertrauen!

Ihre Unterlagen sind vollständig bei uns eingegangen. Aufgrund der Vielzahl an Bewerbungen bitten wir um etwas Geduld – leider können wir nicht jedem Bewerber zwischendurch eine individuelle Rückmeldung zum Stand geben. Wir melden uns, sobald die Vorauswahl abgeschlossen ist.

Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen: https://medikon.softgarden.io/de/applicant/login

Viele Grüße
Ihr Medikon People Team
""", "2026-02-02 08:13 +0100", fmt="html"),

    M("application_received", "stepstone_uebermittelt", "de", "Hartmann Kältetechnik", "",
      '"StepStone" <noreply@mail.stepstone.de>',
      "Ihre Bewerbung bei Hartmann Kältetechnik GmbH wurde versendet",
      """Hallo Jonas,

Ihre Bewerbung ist unterwegs! Wir haben Ihre Unterlagen für die Stelle

Einkäufer Produktionsmaterial (m/w/d)
Hartmann Kältetechnik GmbH · Nürnberg

erfolgreich an den Arbeitgeber übermittelt.

Wie geht es weiter? Der Arbeitgeber meldet sich direkt bei Ihnen. Den Status sehen Sie unter „Meine Bewerbungen“: https://www.stepstone.de/meine-bewerbungen

Ihr StepStone Team

Sie erhalten diese E-Mail, weil Sie ein StepStone-Konto haben. StepStone Deutschland GmbH, Völklinger Str. 1, 40219 Düsseldorf
""", "2026-02-11 20:33 +0100", fmt="html", headers={"List-Unsubscribe": "<https://www.stepstone.de/unsubscribe?u=8812>"}),

    M("application_received", "landesamt_eingangsbestaetigung", "de", "Bayerisches Landesamt für Beschaffung",
      "bewerbung@lfb.bayern.example.de",
      "Bewerbungsstelle LfB <bewerbung@lfb.bayern.example.de>",
      "Eingangsbestätigung Ihrer Bewerbung - Kennziffer 2026-114",
      """Sehr geehrter Herr Okonkwo-Brandt,

hiermit bestätigen wir den Eingang Ihrer Bewerbung vom 02.03.2026 auf die Stellenausschreibung Kennziffer 2026-114 (Sachgebietsleitung Zentraler Einkauf, E 13 TV-L).

Die Bewerbungsfrist endet am 20.03.2026. Im Anschluss werden alle Bewerbungen gesichtet. Wir bitten Sie, von telefonischen Sachstandsanfragen abzusehen; Sie erhalten unaufgefordert Nachricht.

Schwerbehinderte Menschen werden bei ansonsten im Wesentlichen gleicher Eignung bevorzugt berücksichtigt.

Mit freundlichen Grüßen
Bayerisches Landesamt für Beschaffung
Referat Z1 - Personal
""", "2026-03-03 09:00 +0100", charset="iso-8859-1"),

    M("application_received", "ch_dossier_erhalten", "de", "Universitätsspital Limmattal", "",
      '"Universitätsspital Limmattal" <no-reply@usl.example.ch>',
      "Bestätigung: Ihr Bewerbungsdossier ist eingetroffen",
      """Guten Tag Herr Okonkwo-Brandt

Wir bestätigen Ihnen gerne den Eingang Ihres Bewerbungsdossiers für die Stelle «Fachspezialist/in Supply Chain Management 100%».

Wir prüfen Ihre Unterlagen sorgfältig und melden uns innert drei Wochen bei Ihnen. Bitte haben Sie Verständnis, dass wir aufgrund der grossen Anzahl Bewerbungen keine telefonischen Auskünfte zum Stand des Verfahrens erteilen können.

Freundliche Grüsse
Universitätsspital Limmattal
Personaldienst
""", "2026-03-19 14:27 +0100", cte="quoted-printable"),

    M("application_received", "karriereat_danke", "de", "Donauhafen Linz Logistik", "",
      '"Donauhafen Linz Logistik" <noreply@karriere.at>',
      "Danke für Ihre Bewerbung!",
      """Sehr geehrter Herr Okonkwo-Brandt,

danke für Ihre Bewerbung als Lean Manager:in via karriere.at! Ihre Unterlagen sind bei Donauhafen Linz Logistik eingelangt.

Das Unternehmen wird Ihre Bewerbung prüfen und sich bei Ihnen melden.

Das karriere.at Team

Hinweis: Gemäß österreichischem Gleichbehandlungsgesetz ist für diese Position ein KV-Mindestgehalt von EUR 3.950,- brutto/Monat vorgesehen.
""", "2026-04-07 11:11 +0200", fmt="alt"),

    M("application_received", "rexx_mittelstand_drei_wochen", "de", "Gebr. Steinhauser Maschinenbau", "",
      '"Gebr. Steinhauser Maschinenbau" <no-reply@steinhauser.rexx-systems.com>',
      "Ihre Bewerbung bei Gebr. Steinhauser",
      """Sehr geehrter Herr Okonkwo-Brandt,

vielen Dank für Ihre Bewerbung als Projekteinkäufer (m/w/d) und das damit verbundene Vertrauen in unser Familienunternehmen.

Hiermit bestätigen wir Ihnen den Eingang Ihrer Unterlagen. Wir werden diese nun prüfen und uns in ca. drei Wochen bei Ihnen melden.

Mit freundlichen Grüßen

Gebr. Steinhauser Maschinenbau GmbH & Co. KG
Personalabteilung
Dieselstraße 2–6, 88250 Weingarten
""", "2026-04-20 06:58 +0200"),

    M("application_received", "persoenlich_weitergeleitet", "de", "Rauschenbach Chemie", "anke.wolter@rauschenbach-chemie.example.de",
      "Anke Wolter <anke.wolter@rauschenbach-chemie.example.de>",
      "Ihre Unterlagen",
      """Hallo Herr Okonkwo-Brandt,

danke für Ihre Unterlagen, die sind gut angekommen. Ich habe sie an unseren Werkleiter weitergegeben, der ist allerdings bis 15.5. im Urlaub. Ich melde mich danach bei Ihnen, spätestens Ende Mai.

Viele Grüße
Anke Wolter
Personal
Rauschenbach Chemie GmbH, Werk Burghausen
""", "2026-05-04 12:02 +0200"),

    M("application_received", "workday_de_referenz_cp1252", "de", "Ostermann Automotive", "",
      '"Ostermann Automotive" <ostermann@myworkday.com>',
      "Ihre Bewerbung für die Position Einkäufer Elektronik (m/w/d) – R-04471",
      """Sehr geehrter Herr Okonkwo-Brandt,

vielen Dank für Ihre Bewerbung für die Position Einkäufer Elektronik (m/w/d) (Referenz R-04471) bei Ostermann Automotive.

Wir haben Ihre Bewerbung erhalten. Unser Team wird Ihre Qualifikationen nun mit den Anforderungen der Stelle abgleichen. Bitte haben Sie Verständnis, dass wir Ihnen in dieser Phase leider kein individuelles Feedback geben können.

Den aktuellen Status finden Sie jederzeit in Ihrem Kandidatenprofil.

Mit freundlichen Grüßen
Ihr Ostermann Automotive Recruiting
""", "2026-05-25 03:12 +0200", charset="windows-1252", cte="quoted-printable", fmt="alt"),

    M("application_received", "onlyfy_stadtwerke", "de", "Stadtwerke Isarmoos", "",
      '"Stadtwerke Isarmoos" <no-reply@onlyfy.jobs>',
      "Bewerbungseingang",
      """Guten Tag Herr Okonkwo-Brandt,

Ihre Bewerbung als Referent Nachhaltigkeit im Einkauf (m/w/d) ist bei uns eingegangen – vielen Dank!

Wir sichten alle Unterlagen nach Ende der Bewerbungsfrist am 30.06. und melden uns danach. Sollten Sie Fragen haben, erreichen Sie uns unter karriere@stadtwerke-isarmoos.example.de.

Mit freundlichen Grüßen
Stadtwerke Isarmoos GmbH
""", "2026-06-15 10:44 +0200"),

    # ------------------------------------------------------------------ acknowledgements (en, fr, es)
    M("application_received", "greenhouse_thanks_applying", "en", "Verdanta", "",
      '"Verdanta Hiring Team" <no-reply@us.greenhouse-mail.io>',
      "Thank you for applying to Verdanta!",
      """Hi Jonas,

Thanks for applying to Verdanta! Your application for Supply Chain Sustainability Manager has been received and our team will review it soon.

If your experience looks like a good fit, someone from our recruiting team will reach out to you with next steps.

In the meantime, check out our impact report: https://verdanta.example.com/impact

Cheers,
The Verdanta Team
""", "2026-01-22 15:30 +0100", fmt="alt"),

    M("application_received", "workable_volume_note", "en", "Corvane Robotics", "",
      '"Corvane Robotics" <noreply@candidates.workablemail.com>',
      "Corvane Robotics: We received your application",
      """Dear Jonas,

Thank you for your application for the Procurement Manager, Electronics position at Corvane Robotics.

We have received it and will review it carefully. Please note that due to the high volume of applications we cannot respond to every applicant individually. If your profile matches our requirements, a member of our team will contact you within the next three weeks.

Kind regards,
Corvane Robotics
""", "2026-02-24 10:05 +0100", fmt="html"),

    M("application_received", "icims_received", "en", "Ridgeway Medical Devices", "",
      '"Ridgeway Medical Devices" <donotreply@talent.icims.com>',
      "We have received your application for Senior S&OP Analyst",
      """Jonas,

Thank you for your interest in the Senior S&OP Analyst (Req ID 2026-3317) position at Ridgeway Medical Devices in Zurich, Switzerland.

Your application has been received. We will review your background and if there is a fit, a member of the recruiting team will reach out.

Sincerely,
Ridgeway Medical Devices Talent Acquisition

***This is an automated message. Please do not reply.***
Ridgeway Medical Devices is an equal opportunity employer. Headquarters: Mississauga, Ontario, Canada.
""", "2026-04-13 18:24 +0200"),

    M("application_received", "indian_ack_kindly_await", "en", "Saraswat Chemicals Europe", "careers.eu@saraswat-chem.example.com",
      "Careers Europe - Saraswat <careers.eu@saraswat-chem.example.com>",
      "Acknowledgement - Application for Manager Procurement (Ref: SCE/PRC/26/09)",
      """Dear Candidate,

This is to acknowledge receipt of your application for the position of Manager - Procurement (Ref: SCE/PRC/26/09) at our Basel office.

Your candidature is under review. Kindly await further communication from our end. Shortlisted candidates shall be intimated regarding the interview schedule.

Thanks & Regards,
HR Team
Saraswat Chemicals Europe AG
""", "2026-05-14 07:06 +0200"),

    M("application_received", "taleo_no_individual_feedback", "en", "Aldridge Pharmaceuticals", "",
      '"Aldridge Pharmaceuticals" <aldridge@taleo.net>',
      "Aldridge Pharmaceuticals - Job Number 2600471 - Application Received",
      """Dear Jonas Okonkwo-Brandt ,

Thank you for your interest in Aldridge Pharmaceuticals and for applying to the position of  Lean Six Sigma Black Belt, Packaging Operations  (Job Number:  2600471 ).

We will now review your qualifications. Unfortunately we are unable to provide individual feedback at this stage. Should your profile be selected for the next step, we will contact you.

To check the status of your application, log into your candidate profile at any time.

Sincerely,
Aldridge Pharmaceuticals Recruiting

Please do not reply to this email; this mailbox is not monitored.
""", "2026-07-01 11:49 +0200", fmt="html", cte="quoted-printable"),

    M("application_received", "bamboohr_casual", "en", "Packwise", "",
      '"Packwise" <notifications@app.bamboohr.com>',
      "Thanks for applying — we got it!",
      """Hey Jonas!

Thanks for applying for the Ops Excellence Lead role at Packwise 📦 We got your application and a real human (hi, it's Jess) will read it this week.

Talk soon,
Jess & the Packwise crew
""", "2026-08-12 09:31 +0200"),

    M("application_received", "recruitee_fr", "fr", "Chaudron Industries", "",
      '"Chaudron Industries" <no-reply@recruitee.com>',
      "Nous avons bien reçu votre candidature",
      """Bonjour Jonas,

Merci pour votre candidature au poste d'Ingénieur Amélioration Continue (H/F) sur notre site de Villefranche-sur-Saône.

Nous avons bien reçu votre dossier et notre équipe va l'étudier avec attention. Nous reviendrons vers vous dans les meilleurs délais.

À bientôt,
L'équipe Chaudron Industries
""", "2026-03-26 16:16 +0100", fmt="alt"),

    M("application_received", "hopitaux_accuse_reception_ch", "fr", "Hôpitaux du Léman", "",
      '"Hôpitaux du Léman" <ne-pas-repondre@hopitaux-leman.example.ch>',
      "Accusé de réception de votre candidature",
      """Monsieur,

Nous accusons réception de votre candidature pour le poste de Responsable logistique hospitalière à 100% et vous en remercions.

En raison du grand nombre de dossiers reçus, nous ne sommes malheureusement pas en mesure de répondre individuellement à chaque candidat avant la fin de la période de sélection. Nous vous contacterons dans un délai de quatre semaines.

Avec nos meilleures salutations,

Hôpitaux du Léman
Service des ressources humaines
""", "2026-09-01 08:20 +0200", charset="iso-8859-1", cte="quoted-printable"),

    M("application_received", "teamtailor_es_recibida", "es", "Frutas Levante", "",
      '"Frutas Levante" <no-reply@teamtailor-mail.com>',
      "¡Hemos recibido tu candidatura!",
      """¡Hola Jonas!

Gracias por inscribirte en la oferta de Responsable de Mejora Continua en nuestra planta de Valencia. Hemos recibido tu candidatura correctamente.

El equipo revisará tu perfil en los próximos días. Si encajas con lo que buscamos, nos pondremos en contacto contigo.

¡Mucha suerte!
Equipo Frutas Levante
""", "2026-04-29 13:37 +0200", fmt="html"),

    M("application_received", "ferrocarriles_formal_es", "es", "Ferrocarriles Mediterráneos", "",
      '"Ferrocarriles Mediterráneos - Empleo" <noreply@fmed.example.es>',
      "=?iso-8859-1?q?Confirmaci=F3n_de_recepci=F3n_de_su_candidatura?=",
      """Estimado/a candidato/a:

Le confirmamos la recepción de su solicitud para la convocatoria 2026/017 "Técnico/a de Aprovisionamiento". Debido al elevado número de solicitudes, no es posible responder de forma individual a cada persona candidata. La lista de personas admitidas se publicará en nuestro portal de empleo.

Atentamente,
Ferrocarriles Mediterráneos
Dirección de Recursos Humanos
""", "2026-08-25 12:00 +0200", charset="iso-8859-1"),

    # ------------------------------------------------------------------ offers
    M("offer", "arbeitsvertrag_anbei", "de", "Lindqvist Medizintechnik", "h.peters@lindqvist-med.example.de",
      "Hannah Peters <h.peters@lindqvist-med.example.de>",
      "Ihr Vertragsangebot",
      """Sehr geehrter Herr Okonkwo-Brandt,

wie am Freitag besprochen, erhalten Sie anbei Ihren Arbeitsvertrag als Senior Manager S&OP in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 12. Juni zurück, gerne vorab als Scan.

Der Eintritt ist wie vereinbart zum 1. September 2026 vorgesehen. Bei Fragen zu Vertrag oder Betriebsrente rufen Sie mich einfach an.

Wir freuen uns sehr auf die Zusammenarbeit!

Mit freundlichen Grüßen
Hannah Peters
HR Business Partner
Lindqvist Medizintechnik GmbH – a Lindqvist Group company (Copenhagen)
Tel. +49 89 2155 4410
""", "2026-06-01 15:02 +0200", attach=("Arbeitsvertrag_Okonkwo-Brandt.pdf", "application/pdf")),

    M("offer", "muendliche_zusage_bestaetigt", "de", "Hallmeier Logistik", "t.hallmeier@hallmeier-logistik.example.de",
      "Thomas Hallmeier <t.hallmeier@hallmeier-logistik.example.de>",
      "Wie besprochen",
      """Hallo Herr Okonkwo-Brandt,

wie heute Mittag telefonisch besprochen: wir möchten Ihnen sehr gerne die Position Leiter Kontraktlogistik an unserem Standort Hamburg-Billbrook anbieten.

Eckdaten wie besprochen: 92.000 EUR Jahresfixum, 10 % variabel, Dienstwagen, 30 Tage Urlaub, Start nach Absprache, spätestens 1.10.

Den schriftlichen Vertrag schickt Ihnen Frau Brauer bis Mittwoch. Geben Sie mir gern bis Ende nächster Woche Bescheid.

Beste Grüße aus Hamburg
Thomas Hallmeier
Geschäftsführender Gesellschafter
Hallmeier Logistik GmbH & Co. KG
""", "2026-07-07 14:18 +0200"),

    M("offer", "bedingtes_angebot_fuehrungszeugnis", "de", "Flughafen Donaumoos", "personal@flughafen-donaumoos.example.de",
      "Personalabteilung Flughafen Donaumoos <personal@flughafen-donaumoos.example.de>",
      "Einstellungszusage unter Vorbehalt – Teamleitung Materialwirtschaft",
      """Sehr geehrter Herr Okonkwo-Brandt,

wir freuen uns, Ihnen mitteilen zu können, dass die Auswahlkommission Sie für die Position Teamleitung Materialwirtschaft (EG 11 TVöD) ausgewählt hat.

Die Einstellung erfolgt vorbehaltlich
- der Vorlage eines erweiterten Führungszeugnisses (nicht älter als drei Monate),
- der erfolgreichen Zuverlässigkeitsüberprüfung nach § 7 LuftSiG sowie
- der Zustimmung des Personalrats.

Bitte bestätigen Sie uns bis zum 24.07.2026 schriftlich, ob Sie das Angebot annehmen. Die Vertragsunterlagen erhalten Sie nach Eingang aller Nachweise.

Mit freundlichen Grüßen
i. A. Doris Wenzl
Flughafen Donaumoos GmbH
Personalabteilung
""", "2026-07-13 10:30 +0200", charset="iso-8859-1", cte="quoted-printable"),

    M("offer", "ch_angebot_bewilligung", "de", "Basler Rheinlogistik", "r.meier@basler-rheinlogistik.example.ch",
      "Regula Meier <r.meier@basler-rheinlogistik.example.ch>",
      "Angebot Head of Procurement",
      """Lieber Herr Okonkwo-Brandt

Herzlichen Dank für die guten Gespräche mit Herrn Vogt und dem Verwaltungsrat. Wir freuen uns sehr, Ihnen die Stelle als Head of Procurement anbieten zu dürfen.

Im Anhang finden Sie unser Angebotsschreiben mit Jahreslohn (CHF 148'000, 13 Monatslöhne), Pensionskasse und Ferienregelung. Da Sie deutscher Staatsangehöriger sind, beantragen wir die Aufenthaltsbewilligung B für Sie, sobald der Vertrag unterzeichnet ist – das ist eine Formsache.

Wir würden uns über eine Rückmeldung bis Ende Monat freuen.

Beste Grüsse
Regula Meier
Leiterin HR
Basler Rheinlogistik AG · Hafenstrasse 25 · 4057 Basel
""", "2026-08-18 11:25 +0200", attach=("Angebot_Head_of_Procurement.pdf", "application/pdf")),

    M("offer", "startup_wir_wollen_dich", "de", "Frachtwerk", "anna@frachtwerk.example",
      "Anna Kessler <anna@frachtwerk.example>",
      "!!!",
      """Jonas!! 🎉

Wir wollen dich im Team. Offizielles Offer kommt morgen per DocuSign, Eckdaten schon mal: 78k fix + 10% Bonus + VSOP, remote-first mit 1 Woche/Monat Berlin.

Ruf mich an wenn du Fragen hast, ich bin heut noch bis 20 Uhr erreichbar.

LG Anna
Co-Founder Frachtwerk

Gesendet von Outlook für Android""", "2026-09-15 17:58 +0200", cte="8bit"),

    M("offer", "uk_pleased_to_offer", "en", "Brightwater Utilities", "olivia.grant@brightwater.example.co.uk",
      "Olivia Grant <olivia.grant@brightwater.example.co.uk>",
      "Offer of employment - Category Manager, Net Zero Supply Chain",
      """Dear Jonas,

Further to your recent interview, I am delighted to confirm that we are pleased to offer you the position of Category Manager, Net Zero Supply Chain, based at our London Bridge office with hybrid working.

Please find attached your formal offer letter and Statement of Main Terms. The offer is conditional upon satisfactory references and proof of your right to work in the UK.

Kindly sign and return the documents by Friday 14 August. Do let me know if anything is unclear.

Kind regards,

Olivia Grant
Senior Resourcing Advisor
Brightwater Utilities plc
""", "2026-08-06 10:00 +0200", attach=("Brightwater_Offer_Letter_JOB.pdf", "application/pdf"), fmt="alt"),

    M("offer", "lever_docusign_contract", "en", "Tessellate", "maya.chen@tessellate.example.io",
      '"Tessellate" <no-reply@hire.lever.co>',
      "Your offer from Tessellate",
      """Hi Jonas,

We're thrilled to extend you an offer to join Tessellate as Head of Operations Excellence!

Your employment agreement is ready for review and signature via DocuSign: https://hire.lever.co/offers/tessellate/5e1f0c2a

The offer expires on 28 September 2026. Reply here with any questions and Maya will get back to you.

Welcome (almost) aboard,
Maya Chen
Head of People, Tessellate
""", "2026-09-21 19:40 +0200", reply_to="Maya Chen <maya.chen@tessellate.example.io>", fmt="html"),

    M("offer", "agency_great_news", "en", "Kestrel Freight Systems", "jake.morrow@ryderblake.example.co.uk",
      "Jake Morrow <jake.morrow@ryderblake.example.co.uk>",
      "GREAT NEWS!!!",
      """Jonas!!!

Just come off the phone with Kestrel Freight Systems - they LOVED you in the final and want to make you an offer for the Head of Network Planning role!!! 🙌

Headline numbers: €105k base, 15% bonus, car allowance, start date flexible. Written offer to follow from their HR early next week but I wanted to let you know straight away!!

Give me a ring when you get a sec - 07700 900 412

Jake

Jake Morrow | Senior Consultant | Ryder Blake Associates
""", "2026-10-02 16:44 +0200"),

    M("offer", "promesse_embauche_fr", "fr", "Maison Vasseur", "c.vasseur@maison-vasseur.example.fr",
      "Claire Vasseur <c.vasseur@maison-vasseur.example.fr>",
      "Proposition d'embauche – Responsable Supply Chain",
      """Cher Jonas,

Suite à nos différents entretiens, nous avons le plaisir de vous proposer le poste de Responsable Supply Chain au sein de Maison Vasseur, sur notre site de Villeurbanne, en CDI, à compter du 2 novembre 2026.

Vous trouverez ci-joint la promesse d'embauche précisant votre rémunération (68 000 € bruts annuels, plus variable) ainsi que les avantages associés. Nous vous remercions de nous la retourner signée d'ici le 30 septembre.

Dans l'attente de vous accueillir parmi nous,

Bien cordialement,
Claire Vasseur
Directrice Générale – Maison Vasseur
""", "2026-09-18 09:12 +0200", attach=("Promesse_embauche_JOB.pdf", "application/pdf"), charset="windows-1252"),

    M("offer", "oferta_es", "es", "Logística Ebro", "p.sanz@logistica-ebro.example.es",
      "Pilar Sanz <p.sanz@logistica-ebro.example.es>",
      "Oferta - Jefe de Operaciones Zaragoza",
      """Hola Jonas,

¡Enhorabuena! Nos complace ofrecerte el puesto de Jefe de Operaciones en nuestra plataforma de Zaragoza (PLAZA). Te adjunto la carta de oferta con las condiciones que comentamos: 62.000 € brutos anuales más variable del 12 %, incorporación el 1 de noviembre.

Si estás de acuerdo, fírmala y devuélvemela antes del viernes 2 de octubre. Cualquier duda, llámame al 976 55 12 90.

Un saludo,
Pilar Sanz
Directora de Personas · Logística Ebro
""", "2026-09-25 13:05 +0200", attach=("Carta_oferta.pdf", "application/pdf"), cte="base64"),
]
