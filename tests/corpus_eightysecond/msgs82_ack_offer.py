"""Application acknowledgements and offers of the 82nd corpus (data only)."""

from msgs82_spec import M

A = "application_received"
OF = "offer"

MESSAGES = [
    M(A, "eingangsbestaetigung_workday", "de", "Helvion Pharma", "",
      "Helvion Pharma <helvion@myworkday.com>", "Vielen Dank für Ihre Bewerbung bei Helvion Pharma",
      "2026-01-12T22:04+01:00",
      """Guten Tag Dorothea Lindqvist-Mensah

Vielen Dank für Ihre Bewerbung als Regulatory Affairs Manager (m/w/d) (R-004512). Wir haben Ihre Unterlagen erhalten und werden diese sorgfältig prüfen.

Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen.

Freundliche Grüsse
Talent Acquisition Team
Helvion Pharma AG
""", fmt="alt", logo="Helvion Pharma"),

    M(A, "umantis_kanton", "de", "Kanton Basel-Landschaft", "",
      "Personalamt Kanton Basel-Landschaft <noreply@umantis.example.com>",
      "Eingangsbestätigung Ihrer Bewerbung", "2026-01-20T11:30+01:00",
      """Sehr geehrte Frau Lindqvist-Mensah

Wir bestätigen den Eingang Ihrer Bewerbung für die Stelle «Inspektorin/Inspektor Heilmittel 80–100 %» beim Kantonalen Laboratorium.

Bitte haben Sie Verständnis, dass die Bearbeitung einige Wochen in Anspruch nehmen kann. Sie erhalten nach Abschluss der Vorselektion Bericht.

Freundliche Grüsse

Kanton Basel-Landschaft
Personalamt
""", fmt="latin1"),

    M(A, "softgarden_eingang_volumen", "de", "Clinresearch Europe", "",
      "Clinresearch Europe via softgarden <noreply@softgarden.io>",
      "Ihre Bewerbung ist bei uns eingegangen", "2026-03-28T14:17+01:00",
      """Sehr geehrte Frau Lindqvist-Mensah,

vielen Dank für Ihre Bewerbung als Clinical Research Associate (w/m/d). Ihre Unterlagen sind vollständig bei uns eingegangen.

Aufgrund der großen Anzahl an Bewerbungen bitten wir um etwas Geduld. Leider ist es uns nicht möglich, in dieser Phase jedem Bewerbenden ein individuelles Feedback zu geben. Sofern Ihr Profil zu unseren Anforderungen passt, melden wir uns innerhalb der nächsten drei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Clinresearch Europe GmbH
""", fmt="html", logo="Clinresearch Europe"),

    M(A, "personio_eingang_du", "de", "Taktwerk Health", "jobs@taktwerk-health.example.com",
      "Taktwerk Health <jobs@taktwerk-health.example.com>", "Danke für deine Bewerbung! 🚀",
      "2026-03-09T10:41+01:00",
      """Hi Dorothea,

cool, dass du dich als Quality & Compliance Lead bei Taktwerk Health beworben hast! Deine Bewerbung ist angekommen und landet jetzt direkt bei Jana und dem Hiring-Team.

Wir melden uns innerhalb von zwei Wochen – versprochen.

Bis bald
Dein Taktwerk-Team
""", fmt="html", logo="Taktwerk Health"),

    M(A, "rexx_eingang_klinikum", "de", "Rheintal Klinikum", "",
      "Rheintal Klinikum <no-reply@rexx-recruitment.com>", "Bestätigung Ihrer Bewerbung",
      "2026-05-11T08:02+02:00",
      """Sehr geehrte Frau Lindqvist-Mensah,

vielen Dank für Ihre Bewerbung als Referentin Qualitätsmanagement und Ihr Interesse am Rheintal Klinikum.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir werden Ihre Bewerbung prüfen und uns schnellstmöglich bei Ihnen melden.

Mit freundlichen Grüßen
Ihr Rheintal Klinikum
Personalmanagement
"""),

    M(A, "jobs_ch_kurz_hr", "de", "Zuger Kantonsspital", "bewerbungen@zuger-ks.example.ch",
      "Bewerbungen Zuger Kantonsspital <bewerbungen@zuger-ks.example.ch>", "Ihre Bewerbung via jobs.ch",
      "2026-06-22T13:50+02:00",
      """Guten Tag Frau Lindqvist-Mensah

Besten Dank für Ihre Bewerbung als Qualitätsmanagerin (80 %). Wir haben Ihr Dossier erhalten und leiten es an die zuständige Abteilung weiter. Sie hören bis Ende Juli von uns.

Freundliche Grüsse
Zuger Kantonsspital
HR-Services
"""),

    M(A, "dvinci_eingang_uni", "de", "Universität Innsbruck-Süd", "",
      "Universität Innsbruck-Süd – Bewerbermanagement <noreply@dvinci-hr.com>",
      "Eingangsbestätigung – Projektmitarbeiterin Clinical Trials Office (Kennzahl 2026/88)",
      "2026-07-02T09:25+02:00",
      """Sehr geehrte Frau Lindqvist-Mensah,

Ihre Bewerbung ist bei uns eingegangen. Vielen Dank für Ihr Interesse an einer Tätigkeit an der Universität Innsbruck-Süd.

Bitte beachten Sie: Aufgrund der Vielzahl an Bewerbungen können wir keine Zwischenbescheide versenden. Über den Ausgang des Verfahrens werden Sie nach Abschluss informiert.

Mit freundlichen Grüßen
Abteilung Personal
Universität Innsbruck-Süd
""", fmt="b64"),

    M(A, "personalberatung_eingang", "de", "Lindenhof Pharma", "k.baumann@baumann-consult.example.ch",
      "Katrin Baumann <k.baumann@baumann-consult.example.ch>", "Ihre Unterlagen – Mandat Lindenhof Pharma",
      "2026-08-11T08:47+02:00",
      """Sehr geehrte Frau Lindqvist-Mensah

Besten Dank für die Zustellung Ihrer Unterlagen für die Position Head Quality Assurance bei unserer Mandantin Lindenhof Pharma. Ich habe Ihr Dossier erhalten und werde es in den kommenden Tagen sorgfältig prüfen.

Ihre Unterlagen werden selbstverständlich vertraulich behandelt und ohne Ihre Zustimmung nicht an die Mandantin weitergeleitet.

Freundliche Grüsse
Katrin Baumann
Baumann Consult – Partnerin
Seefeldstrasse 45, 8008 Zürich
+41 44 555 66 12
"""),

    M(A, "successfactors_eingang_bag", "de", "Bundesamt für Gesundheitsdienste", "",
      "Bundesverwaltung Stellenportal <noreply-jobs@successfactors.eu>",
      "Wir haben Ihre Bewerbung erhalten", "2026-09-04T16:05+02:00",
      """Sehr geehrte Frau Lindqvist-Mensah

Vielen Dank für Ihre Bewerbung für die Stelle «Wissenschaftliche Mitarbeiterin / Wissenschaftlicher Mitarbeiter Marktüberwachung Medizinprodukte» beim Bundesamt für Gesundheitsdienste.

Ihre Bewerbung ist vollständig bei uns eingetroffen. Wir werden die eingegangenen Dossiers nach Ablauf der Bewerbungsfrist prüfen.

Freundliche Grüsse

Bundesamt für Gesundheitsdienste
Personal
""", fmt="qp"),

    M(A, "join_com_eingang", "de", "Qualimed Solutions", "",
      "Qualimed Solutions via JOIN <no-reply@join.com>", "Bewerbung erhalten: Compliance Manager (m/w/d)",
      "2026-10-01T12:12+02:00",
      """Hallo Dorothea,

deine Bewerbung für Compliance Manager (m/w/d) bei Qualimed Solutions ist eingegangen. Das Unternehmen meldet sich bei dir, sobald es deine Unterlagen geprüft hat.

Viel Erfolg!
Dein JOIN Team
""", fmt="alt", logo="JOIN"),

    # English
    M(A, "greenhouse_ack_en", "en", "Vireo Therapeutics", "",
      "Vireo Therapeutics <no-reply@us.greenhouse-mail.io>",
      "Thank you for applying to Vireo Therapeutics", "2026-01-08T18:33+01:00",
      """Hi Dorothea,

Thanks for applying to the Senior Manager, Regulatory Affairs (EU) position at Vireo Therapeutics. Our team will review your application and, if your experience is a match, we'll be in touch about next steps.

Due to the volume of applications we receive, we are unable to respond to every applicant individually.

All the best,
Vireo Talent Team
""", fmt="alt", logo="Vireo Therapeutics"),

    M(A, "lever_ack_en", "en", "Northwind Diagnostics", "",
      "Northwind Diagnostics <no-reply@hire.lever.co>", "Your application to Northwind Diagnostics",
      "2026-04-03T09:58+02:00",
      """Dorothea,

Thank you for your interest in Northwind Diagnostics! We have received your application for Quality Systems Manager and our hiring team is reviewing it.

Unfortunately we are unable to provide individual feedback at this stage, but we will contact you if we would like to take things further.

Northwind Diagnostics
"""),

    M(A, "taleo_ack_jp", "en", "Kaneshiro Pharma Europe", "",
      "Kaneshiro Pharma Careers <careers-noreply@taleo.net>",
      "Kaneshiro Pharma Europe - Acknowledgement of Application", "2026-05-29T02:44+02:00",
      """Dear Dorothea Lindqvist-Mensah,

Thank you for applying for the position Manager Pharmacovigilance Operations (Job Number: 2600213).

This is to acknowledge that your application has been successfully submitted. A member of our Human Resources team will review your qualifications against the requirements of the position.

You may view the status of your application at any time by logging in to our career section.

Sincerely,
Human Resources
Kaneshiro Pharma Europe B.V.
""", fmt="cp1252"),

    M(A, "smartrecruiters_ack", "en", "Meridian CDMO", "",
      "Meridian CDMO <noreply@smartrecruiters.com>", "Thanks for applying!", "2026-08-18T11:06+02:00",
      """Hi Dorothea,

Thanks for applying for Senior QA Specialist - Batch Release at Meridian CDMO. We have received your application and will review it shortly.

Kind regards,
Meridian CDMO Talent Acquisition
""", fmt="html", logo="Meridian CDMO"),

    M(A, "workable_ack_startup", "en", "Tessellate Health", "",
      "Tessellate Health <noreply@candidates.workablemail.com>",
      "Tessellate Health: Application received", "2026-07-31T10:04+02:00",
      """Hi Dorothea,

Thanks for your application for the Quality & Compliance Manager position. We've got it and we'll be in touch if there's a fit.

Tessellate Health Hiring Team
"""),

    M(A, "indian_ack_hr", "en", "Sarvant Lifesciences", "hr.europe@sarvantls.example.in",
      "HR Europe - Sarvant Lifesciences <hr.europe@sarvantls.example.in>",
      "Acknowledgement - Application for QA Manager, Basel", "2026-02-26T07:14+01:00",
      """Dear Ms. Dorothea,

Greetings from Sarvant Lifesciences!

We acknowledge receipt of your application for the post of QA Manager (Basel site). Your profile is under review by the concerned department and you shall be intimated regarding the further process in due course.

Thanks & Regards,
HR Europe
Sarvant Lifesciences Ltd.
"""),

    M(A, "oracle_cloud_ack_jp", "en", "Hoshida Diagnostics Europe", "",
      "Hoshida Diagnostics Europe <no-reply@hoshida.fa.oraclecloud.example.com>",
      "Hoshida Diagnostics Europe : Application Submitted  - Clinical Affairs Specialist (26000412)",
      "2026-09-21T01:17+02:00",
      """Dear Dorothea ,

Thank you for your application for the position Clinical Affairs Specialist  (Requisition ID : 26000412 ) , Location : Düsseldorf, Germany.

We have received your application and it is now being reviewed . If your qualifications match the requirements , a member of the recruiting team will contact you .

To view the status of your application , please sign in to our Candidate Experience page.

Best Regards ,
Talent Acquisition Team
Hoshida Diagnostics Europe GmbH
""", fmt="html", logo="Hoshida Diagnostics"),

    # French
    M(A, "accuse_reception_fr", "fr", "Laboratoires Vernand", "",
      "Laboratoires Vernand <recrutement-noreply@vernand.example.fr>",
      "Accusé de réception de votre candidature", "2026-03-05T15:22+01:00",
      """Madame,

Nous accusons bonne réception de votre candidature au poste de Responsable Assurance Qualité (H/F) et vous remercions de l'intérêt que vous portez à notre groupe.

En raison du nombre important de candidatures, nous ne serons pas en mesure de répondre individuellement à chacune d'entre elles. Si votre profil correspond à nos attentes, nous vous contacterons dans les prochaines semaines.

Cordialement,
La Direction des Ressources Humaines
Laboratoires Vernand
""", fmt="latin1"),

    M(A, "accuse_reception_ch_fr", "fr", "Etat de Vaud", "",
      "Etat de Vaud - Recrutement <ne-pas-repondre@vd-emploi.example.ch>",
      "Confirmation de réception – Cheffe de projet qualité 80%", "2026-06-10T09:00+02:00",
      """Madame Lindqvist-Mensah,

Nous vous confirmons la réception de votre dossier de candidature pour le poste de Cheffe de projet qualité 80% à l'Office du médecin cantonal.

Votre dossier sera examiné après le délai de postulation. Merci de ne pas répondre à ce message généré automatiquement.

Etat de Vaud
Office du médecin cantonal
"""),

    # Spanish
    M(A, "acuse_recibo_es", "es", "Laboratorios Ibercal", "",
      "Laboratorios Ibercal <empleo-noreply@ibercal.example.es>", "Hemos recibido tu candidatura",
      "2026-03-16T10:10+01:00",
      """Hola Dorothea:

Gracias por tu interés en Laboratorios Ibercal. Hemos recibido correctamente tu candidatura para el puesto de Técnico/a de Farmacovigilancia.

Nuestro equipo revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo. Debido al elevado número de candidaturas, no podemos responder personalmente a todas las personas.

Un saludo,
Equipo de Talento
Laboratorios Ibercal
""", fmt="qp"),

    M(A, "acuse_recibo_infojobs_es", "es", "Saludata", "",
      "Saludata <notificaciones@ats.saludata.example.com>", "Confirmación de inscripción en la oferta Quality Manager",
      "2026-05-27T19:30+02:00",
      """Hola Dorothea,

Te confirmamos que te has inscrito correctamente en la oferta «Quality Manager – Madrid / remoto» de Saludata.

Revisaremos tu perfil en los próximos días. Mientras tanto, puedes consultar el estado de tu candidatura en tu área personal.

Equipo de People
Saludata
""", fmt="html", logo="Saludata"),

    # offers
    M(OF, "angebot_vertrag_pdf", "de", "Helvetia Biologics", "anja.steiner@helvetiabio.example.ch",
      "Anja Steiner <anja.steiner@helvetiabio.example.ch>", "Ihr Arbeitsvertrag", "2026-02-20T15:35+01:00",
      """Sehr geehrte Frau Lindqvist-Mensah

Wir freuen uns sehr, Ihnen die Stelle als Senior Specialist Pharmacovigilance anbieten zu dürfen! Im Anhang finden Sie Ihren Arbeitsvertrag in doppelter Ausführung.

Bitte senden Sie uns ein unterzeichnetes Exemplar bis zum 6. März zurück. Für den Stellenantritt benötigen wir zudem eine Kopie Ihrer Aufenthaltsbewilligung.

Ich freue mich auf die Zusammenarbeit.

Freundliche Grüsse
Anja Steiner
Helvetia Biologics AG
""", attach=("Arbeitsvertrag_Lindqvist-Mensah.pdf", "pdf")),

    M(OF, "muendliche_zusage_bestaetigung", "de", "Rhenova Pharma Services", "s.vogt@vogt-search.example.ch",
      "Stefan Vogt <s.vogt@vogt-search.example.ch>", "Rhenova – es ist durch!!", "2026-03-27T18:12+01:00",
      """Liebe Dorothea

Wie eben am Telefon besprochen: HERZLICHE GRATULATION!!! Rhenova Pharma Services möchte dich als Head of Clinical Operations Support einstellen. Eckdaten wie besprochen: CHF 142'000 Fixum + 10 % Bonus, 100 %, Start 1. Juni oder nach Vereinbarung.

Das schriftliche Angebot kommt Anfang nächster Woche direkt von Rhenova HR. Wenn du Fragen hast, ruf mich jederzeit an.

Herzliche Grüsse
Stefan

Stefan Vogt | Partner
Vogt Search Zürich
+41 44 555 90 10
"""),

    M(OF, "vertragsangebot_behoerde", "de", "Bezirksregierung Niederrhein-Süd", "m.schulte@brns.example.de",
      "Schulte, Martina <m.schulte@brns.example.de>", "Einstellungsangebot", "2026-05-05T11:02+02:00",
      """Sehr geehrte Frau Lindqvist-Mensah,

ich freue mich, Ihnen mitteilen zu können, dass die Auswahlkommission sich für Sie entschieden hat. Wir bieten Ihnen die Einstellung als Pharmazierätin im Dezernat 24 zum 1. Juli 2026 an. Die Eingruppierung erfolgt in Entgeltgruppe 14 TV-L.

Vor Vertragsschluss benötigen wir noch ein erweitertes Führungszeugnis sowie die Zustimmung des Personalrats, die wir derzeit einholen. Bitte teilen Sie uns bis zum 15. Mai mit, ob Sie das Angebot annehmen.

Mit freundlichen Grüßen
Im Auftrag
Martina Schulte
Bezirksregierung Niederrhein-Süd
""", fmt="qp"),

    M(OF, "startup_offer_du", "de", "Medvio", "kathi@medvio.example.de",
      "Kathi Brandt <kathi@medvio.example.de>", "🎉", "2026-03-13T16:20+01:00",
      """Liebe Dorothea,

wir wollen dich unbedingt im Team haben! Anbei findest du unser Angebot für die Rolle Senior Manager Regulatory & Clinical Affairs: 92.000 € Jahresgehalt, 0,15 % VSOP, 30 Tage Urlaub, remote-first.

Lass dir gern ein paar Tage Zeit – und melde dich, wenn du Fragen hast oder nochmal mit Jonas sprechen möchtest.

Ganz liebe Grüße
Kathi
""", attach=("Medvio_Offer_Letter_DLM.pdf", "pdf")),

    M(OF, "bedingte_zusage_klinik", "de", "Klinik Seeblick", "sandra.bosshard@klinik-seeblick.example.ch",
      "Sandra Bosshard <sandra.bosshard@klinik-seeblick.example.ch>", "Zusage unter Vorbehalt",
      "2026-09-08T14:48+02:00",
      """Sehr geehrte Frau Lindqvist-Mensah

Wir freuen uns, Ihnen mitteilen zu dürfen, dass wir Ihnen die Stelle als Leiterin Qualitätsmanagement anbieten möchten. Die Zusage erfolgt unter dem Vorbehalt einer positiven Referenzauskunft sowie der Vorlage eines aktuellen Strafregisterauszugs.

Den Vertragsentwurf lassen wir Ihnen nach Eingang der Unterlagen zukommen.

Freundliche Grüsse
Sandra Bosshard
Leiterin HR
Klinik Seeblick AG
""", fmt="cp1252"),

    M(OF, "offer_letter_us", "en", "Halcyon Genomics", "erin.walsh@halcyongenomics.example.com",
      "Erin Walsh <erin.walsh@halcyongenomics.example.com>", "Your offer from Halcyon Genomics",
      "2026-06-26T15:10-04:00",
      """Hi Dorothea,

It was great speaking with you earlier! As promised, please find attached your formal offer letter for the Senior Manager, Quality Compliance position, based in our Basel hub.

The offer includes the base salary, annual bonus target and equity grant we discussed. Please review and sign via DocuSign by July 3. Don't hesitate to reach out if you have any questions.

We're so excited about the possibility of you joining us!

Erin
""", attach=("Halcyon_Offer_Letter.pdf", "pdf"), fmt="alt", logo="Halcyon Genomics"),

    M(OF, "pleased_to_offer_uk", "en", "Pemberton Clinical", "j.ashworth@pembertonclinical.example.co.uk",
      "James Ashworth <j.ashworth@pembertonclinical.example.co.uk>", "Conditional offer of employment",
      "2026-04-24T12:00+01:00",
      """Dear Dorothea,

Further to your conversation with Rachel, I am pleased to offer you the position of Deputy QPPV on a permanent, full-time basis, subject to satisfactory references and right-to-work checks.

Your contract and the company handbook are attached. Please sign and return the contract at your earliest convenience.

Kind regards,

James Ashworth
Head of Talent
Pemberton Clinical Ltd
""", attach=("Pemberton_Contract_DLM.pdf", "pdf")),

    M(OF, "verbal_follow_up_dk", "en", "Nordvig Pharma", "lars.bech@nordvig.example.dk",
      "Lars Bech <lars.bech@nordvig.example.dk>", "Following up on our call",
      "2026-08-12T17:02+02:00",
      """Dear Dorothea

Thank you for the good conversation this afternoon. As I said on the phone, we would very much like you to join Nordvig as Compliance Manager. Sofie will send you the written offer and contract tomorrow, including relocation support for Copenhagen.

Looking forward to hearing from you.

Best regards
Lars Bech
Head of Compliance
Nordvig Pharma A/S
"""),

    M(OF, "offre_emploi_fr", "fr", "Biosanté Léman", "claire.dubois@biosante-leman.example.ch",
      "Claire Dubois <claire.dubois@biosante-leman.example.ch>", "Proposition d'engagement",
      "2026-03-20T10:40+01:00",
      """Madame Lindqvist-Mensah,

Suite à nos différents entretiens, j'ai le plaisir de vous proposer le poste de Chargée d'affaires réglementaires au sein de Biosanté Léman, avec une entrée en fonction au 1er mai 2026.

Vous trouverez ci-joint votre contrat de travail. Nous vous remercions de nous le retourner signé d'ici au 31 mars.

Nous nous réjouissons de vous accueillir dans notre équipe.

Claire Dubois
Responsable Recrutement
Biosanté Léman SA
""", attach=("Contrat_Lindqvist-Mensah.pdf", "pdf"), fmt="latin1"),

    M(OF, "oferta_es", "es", "Grupo Hospitalario Costa Blanca", "lucia.moreno@ghcb.example.es",
      "Lucía Moreno <lucia.moreno@ghcb.example.es>", "Oferta – Responsable de Calidad Asistencial",
      "2026-04-22T13:15+02:00",
      """Estimada Dorothea:

Tras finalizar el proceso de selección, tengo el placer de comunicarte que queremos ofrecerte el puesto de Responsable de Calidad Asistencial. Adjunto encontrarás la carta oferta con las condiciones económicas y la fecha de incorporación prevista.

Quedo a tu disposición para cualquier duda.

Un cordial saludo,
Lucía Moreno
Directora de Personas
Grupo Hospitalario Costa Blanca
""", attach=("Carta_oferta.pdf", "pdf")),
]
