package cs

import (
	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/store"
)

func requestObject(r store.CertRequest) *object.PSObject {
	o := object.NewObject(requestType, "System.Object")
	add := func(n string, v any) { o.Add(&object.Member{Name: n, Kind: object.Property, Value: v}) }
	add("RequestId", int32(r.ID))
	add("Status", r.Status)
	types := make([]any, len(r.Types))
	for i, t := range r.Types {
		types[i] = t
	}
	add("Type", types)
	add("ComputerFqdn", r.Computer)
	add("CA", r.CA)
	add("Output", r.Output)
	add("Thumbprint", nilIfEmpty(r.Certificate))
	add("RequestTime", r.Created)
	return o
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func requestID(c *pipeline.Call) int {
	if v, ok := c.Get("RequestId").(int32); ok {
		return int(v)
	}
	return 0
}

func listRequests(c *pipeline.Call) error {
	lab, err := OpenLab(c)
	if err != nil {
		return err
	}
	var rs []store.CertRequest
	if err := lab.View(func(tx *store.Tx) error { rs, err = tx.Requests(requestID(c)); return err }); err != nil {
		return err
	}
	for _, r := range rs {
		if r.Status == "Issued" && requestID(c) == 0 {
			continue
		}
		if err := c.Out(requestObject(r)); err != nil {
			return err
		}
	}
	return nil
}

func clearRequests(c *pipeline.Call, rep *report) error {
	lab, err := OpenLab(c)
	if err != nil {
		return err
	}
	if !c.ShouldProcess("certificate requests", "Clear") {
		return nil
	}
	return lab.Update(func(tx *store.Tx) error {
		n, err := tx.DeleteRequests(requestID(c))
		rep.add("Cleared %d request(s)", n)
		return err
	})
}

// retrieveRequests installs answers the lab CA has approved for pending
// requests (Approve-LabCertificateRequest records them).
func retrieveRequests(c *pipeline.Call, rep *report) error {
	lab, err := OpenLab(c)
	if err != nil {
		return err
	}
	return lab.Update(func(tx *store.Tx) error {
		rs, err := tx.Requests(requestID(c))
		if err != nil {
			return err
		}
		for _, r := range rs {
			if r.Status != "Approved" || r.Certificate == "" {
				continue
			}
			cert, err := tx.Certificate(r.Certificate)
			if err != nil {
				return err
			}
			r := r
			if err := tx.CompleteRequest(&r, cert); err != nil {
				return err
			}
			rep.add("Request %d: certificate %s installed", r.ID, r.Certificate)
		}
		return nil
	})
}
