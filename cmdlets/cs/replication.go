package cs

import (
	"strings"

	"cspsh/pipeline"
	"cspsh/pipeline/object"
	"cspsh/store"
)

const (
	replicaStateType = "Microsoft.Rtc.Management.Xds.ReplicaState"
	cmsStatusType    = "Microsoft.Rtc.Management.Xds.CentralManagementStoreStatusResult"
	// productVersion is what replicas of Skype for Business Server 2019 report.
	productVersion = "7.0.2046.0"
)

func getCsManagementStoreReplicationStatus() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Get-CsManagementStoreReplicationStatus", Module: module,
		Synopsis: "Shows whether each computer's copy of the Central Management Store is up to date.",
		Description: "A change at global scope (an OAuthTokenIssuer certificate, for example) is replicated from the Central " +
			"Management Store to every computer. Until a computer has applied it, its UpToDate is False. Replicas catch up " +
			"about a minute after a change, as the lab clock runs, or at once with Invoke-CsManagementStoreReplication.",
		Outputs: replicaStateType,
		Params: []*pipeline.ParamDecl{
			pipeline.NewParam("ReplicaFqdn", "string").At(pipeline.AllSets, 2).FromPipeline(false, true).
				Describe("Only this computer, e.g. atl-cs-001.litwareinc.com."),
			pipeline.NewParam("CentralManagementStoreStatus", "switch").FromPipeline(false, true).
				Describe("The state of the Central Management Store itself: its active master, file transfer agent and replicas."),
		},
		Examples: []pipeline.Example{
			{Title: "Example 1", Code: "Get-CsManagementStoreReplicationStatus", Remarks: "Every replica."},
			{Title: "Example 2", Code: "Get-CsManagementStoreReplicationStatus | Where-Object {$_.UpToDate -eq $False}", Remarks: "The replicas not yet up to date."},
			{Title: "Example 3", Code: "Get-CsManagementStoreReplicationStatus -CentralManagementStoreStatus", Remarks: "The Central Management Store's own status."},
		},
		Process: func(c *pipeline.Call) error {
			lab, err := OpenLab(c)
			if err != nil {
				return err
			}
			var reps []store.Replica
			var cms *store.CMS
			err = lab.Update(func(tx *store.Tx) error {
				if _, err := tx.CatchUp(false); err != nil {
					return err
				}
				if reps, err = tx.Replicas(); err != nil {
					return err
				}
				cms, err = tx.CentralStore()
				return err
			})
			if err != nil {
				return err
			}
			if c.Switch("CentralManagementStoreStatus") {
				var active []any
				for _, r := range reps {
					active = append(active, r.FQDN)
				}
				o := object.NewObject(cmsStatusType, "System.Object")
				for _, kv := range []struct {
					n string
					v any
				}{{"ActiveMasterFqdn", cms.Host}, {"ActiveFileTransferAgents", []any{cms.Host}}, {"ActiveReplicas", active}, {"DeletedReplicas", []any{}}} {
					o.Add(&object.Member{Name: kv.n, Kind: object.Property, Value: kv.v})
				}
				return c.Out(o)
			}
			want := c.String("ReplicaFqdn")
			found := false
			for _, r := range reps {
				if want != "" && !strings.EqualFold(want, r.FQDN) {
					continue
				}
				found = true
				o := object.NewObject(replicaStateType, "System.Object")
				for _, kv := range []struct {
					n string
					v any
				}{{"UpToDate", r.UpToDate}, {"ReplicaFqdn", r.FQDN}, {"LastStatusReport", timeOrNil(r.LastStatusReport)},
					{"LastUpdateCreation", timeOrNil(r.LastUpdateCreation)}, {"ProductVersion", productVersion}} {
					o.Add(&object.Member{Name: kv.n, Kind: object.Property, Value: kv.v})
				}
				if err := c.Out(o); err != nil {
					return err
				}
			}
			if !found && want != "" {
				return c.WriteError(notFound(c, "Replica", want))
			}
			return nil
		},
	}
}

func invokeCsManagementStoreReplication() *pipeline.CommandInfo {
	return &pipeline.CommandInfo{
		Name: "Invoke-CsManagementStoreReplication", Module: module,
		Synopsis:    "Makes replicas apply the Central Management Store's configuration now.",
		Description: "Without -ReplicaFqdn every replica catches up; each then holds the global certificates in its LocalMachine\\My store.",
		Params: []*pipeline.ParamDecl{
			pipeline.NewParam("ReplicaFqdn", "string").At(pipeline.AllSets, 2).FromPipeline(false, true).
				Describe("Only this computer, e.g. atl-cs-001.litwareinc.com."),
			forceParam("Suppresses non-fatal messages."),
		},
		Examples: []pipeline.Example{
			{Title: "Example 1", Code: "Invoke-CsManagementStoreReplication", Remarks: "Every replica catches up."},
			{Title: "Example 2", Code: "Invoke-CsManagementStoreReplication -ReplicaFqdn atl-cs-001.litwareinc.com", Remarks: "Only atl-cs-001."},
		},
		Process: func(c *pipeline.Call) error {
			lab, err := OpenLab(c)
			if err != nil {
				return err
			}
			want := c.String("ReplicaFqdn")
			return lab.Update(func(tx *store.Tx) error {
				if want != "" {
					if _, err := tx.Computer(want); err != nil {
						return notFound(c, "Replica", want)
					}
					_, err := tx.CatchUp(true, want)
					return err
				}
				_, err := tx.CatchUp(true)
				return err
			})
		},
	}
}

func timeOrNil(t interface{ IsZero() bool }) any {
	if t.IsZero() {
		return nil
	}
	return t
}
